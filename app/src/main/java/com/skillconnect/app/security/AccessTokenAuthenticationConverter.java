package com.skillconnect.app.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified access token into the request's authentication: the principal name is the user id
 * ({@code sub}), the authority {@code ROLE_<role>}. A refresh token presented as a bearer token is refused.
 */
class AccessTokenAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String TOKEN_TYPE_CLAIM = "token_type";
    static final String ACCESS = "access";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        if (!ACCESS.equals(jwt.getClaimAsString(TOKEN_TYPE_CLAIM))) {
            throw new InvalidBearerTokenException("Token is not an access token");
        }
        String role = jwt.getClaimAsString("role");
        var authorities = role == null ? List.<SimpleGrantedAuthority>of() : List.of(new SimpleGrantedAuthority("ROLE_" + role));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
