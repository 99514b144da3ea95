package com.skillconnect.identity.adapter.in.security;

import com.skillconnect.identity.UserId;
import com.skillconnect.identity.application.AccessTokenValidity;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses an access token issued before its account's last logout or password reset. A standard
 * {@link OAuth2TokenValidator}, which app's JWT decoder applies with its own checks. Refresh tokens
 * pass: they are tracked (and revoked) one by one in the database.
 */
@Component
class EndedAccessTokens implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error ENDED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token was ended by a logout or a password reset", null);

    private final AccessTokenValidity validity;

    EndedAccessTokens(AccessTokenValidity validity) {
        this.validity = validity;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!"access".equals(token.getClaimAsString("token_type"))) {
            return OAuth2TokenValidatorResult.success();
        }
        Long user = userId(token);
        if (user == null || !validity.accepts(new UserId(user), token.getIssuedAt())) {
            return OAuth2TokenValidatorResult.failure(ENDED);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static Long userId(Jwt token) {
        try {
            Long id = token.getSubject() == null ? null : Long.valueOf(token.getSubject());
            return id != null && id > 0 ? id : null;
        } catch (NumberFormatException notAUser) {
            return null;
        }
    }
}
