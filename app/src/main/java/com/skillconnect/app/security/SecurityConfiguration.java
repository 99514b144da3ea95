package com.skillconnect.app.security;

import com.skillconnect.app.web.DrfErrors;
import com.skillconnect.app.web.SecurityMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless JWT resource server. Every endpoint needs an access token unless a module declares it
 * public by contributing a {@code Customizer} of the authorization registry, a standard Spring
 * Security type, so that the knowledge of what is public stays in the module that serves it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] INFRASTRUCTURE = {
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /** Where the modules' WebSocket endpoints live; their handshakes are authenticated by {@link SocketHandshakeAuthentication}. */
    static final String SOCKETS = "/ws/**";

    /**
     * No Micrometer observations of Spring Security's own (filter chain, authentication, authorization): with an
     * {@code ObservationRegistry} present, Spring Security wraps every filter of every chain in observations, a cost
     * every request paid for {@code spring_security_*} metrics nobody reads. The request itself stays observed by
     * Spring MVC ({@code http.server.requests}, on the operator's Prometheus endpoint). Stronger than
     * {@code management.observations.enable.spring.security=false}, which turns the observations into no-ops but
     * leaves the wrapping in place.
     */
    @Bean
    SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The handshake check every module's WebSocket endpoint registers (a standard {@link HandshakeInterceptor}). */
    @Bean
    HandshakeInterceptor socketHandshakeAuthentication(JwtDecoder jwtDecoder,
            @Qualifier("corsConfigurationSource") CorsConfigurationSource cors, JsonMapper jsonMapper) {
        return new SocketHandshakeAuthentication(jwtDecoder, cors, jsonMapper);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            ObjectProvider<Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>> publicEndpoints,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
            JsonMapper jsonMapper) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(registry -> {
                    registry.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    registry.requestMatchers(INFRASTRUCTURE).permitAll();
                    // WebSocket handshakes carry their token in the query: SocketHandshakeAuthentication checks it
                    registry.requestMatchers(SOCKETS).permitAll();
                    publicEndpoints.orderedStream().forEach(module -> module.customize(registry));
                    registry.requestMatchers(new UnmappedRequestMatcher(controllers)).permitAll();
                    registry.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new AccessTokenAuthenticationConverter()))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, e, jsonMapper)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, e, jsonMapper))
                        .accessDeniedHandler((request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                                DrfErrors.detail(SecurityMessages.PERMISSION_DENIED), jsonMapper)))
                .build();
    }

    private static void unauthorized(HttpServletResponse response, AuthenticationException e, JsonMapper jsonMapper) throws IOException {
        boolean tokenPresented = e instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
                || e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", "Bearer realm=\"api\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED,
                DrfErrors.detail(tokenPresented ? SecurityMessages.INVALID_TOKEN : SecurityMessages.NOT_AUTHENTICATED), jsonMapper);
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body, JsonMapper jsonMapper) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body);
    }
}
