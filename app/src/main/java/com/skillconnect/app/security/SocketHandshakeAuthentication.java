package com.skillconnect.app.security;

import com.skillconnect.app.web.DrfErrors;
import com.skillconnect.app.web.SecurityMessages;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.spring.HandshakeRefusal;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates a WebSocket handshake before the upgrade: browsers cannot set headers on a WebSocket, so the
 * access token comes as {@code ?token=<access>}. It is checked exactly as a REST bearer token is: the same
 * {@link JwtDecoder} (signature, expiry, and the modules' validators, e.g. identity's refusal of tokens ended by a
 * logout or a password reset) and the same {@link AccessTokenAuthenticationConverter} (a refresh token is no access
 * token). Anything else answers 401 {@code {"detail": …}} and no upgrade happens. An {@code Origin} header, when a
 * browser sends one, must be this server's or one of the CORS origins ({@code skillconnect.cors.allowed-origins}), else 403.
 * On success the user's id is left in the session attributes under {@link RealtimeDelivery#USER_ID_ATTRIBUTE}.
 * <p>
 * A module registers its endpoint with this interceptor (a standard {@link HandshakeInterceptor} bean) in its
 * {@code adapter.in.ws} package.
 */
class SocketHandshakeAuthentication implements HandshakeInterceptor {

    static final String TOKEN_PARAMETER = "token";

    private final JwtDecoder decoder;
    private final CorsConfigurationSource cors;
    private final JsonMapper json;
    private final AccessTokenAuthenticationConverter accessTokens = new AccessTokenAuthenticationConverter();

    SocketHandshakeAuthentication(JwtDecoder decoder, CorsConfigurationSource cors, JsonMapper json) {
        this.decoder = decoder;
        this.cors = cors;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        if (!originAllowed(request)) {
            return refuse(response, HttpStatus.FORBIDDEN, SecurityMessages.PERMISSION_DENIED);
        }
        List<String> tokens = UriComponentsBuilder.fromUri(request.getURI()).build(true).getQueryParams().get(TOKEN_PARAMETER);
        if (tokens == null || tokens.size() != 1 || tokens.getFirst() == null || tokens.getFirst().isBlank()) {
            return refuse(response, HttpStatus.UNAUTHORIZED, SecurityMessages.NOT_AUTHENTICATED);
        }
        try {
            String subject = accessTokens.convert(decoder.decode(tokens.getFirst())).getName();
            attributes.put(RealtimeDelivery.USER_ID_ATTRIBUTE, Long.valueOf(subject));
            return true;
        } catch (JwtException | AuthenticationException | IllegalArgumentException notAnAccessToken) {
            return refuse(response, HttpStatus.UNAUTHORIZED, SecurityMessages.INVALID_TOKEN);
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    private boolean originAllowed(ServerHttpRequest request) {
        String origin = request.getHeaders().getOrigin();
        if (origin == null || WebUtils.isSameOrigin(request) || !(request instanceof ServletServerHttpRequest servlet)) {
            return true; // not a browser, or a page of this server: nothing to check (the token authenticates)
        }
        CorsConfiguration allowed = cors.getCorsConfiguration(servlet.getServletRequest());
        return allowed != null && allowed.checkOrigin(origin) != null;
    }

    private boolean refuse(ServerHttpResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatusCode(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
        }
        return HandshakeRefusal.refuse(response, status, json.writeValueAsBytes(DrfErrors.detail(detail)));
    }
}
