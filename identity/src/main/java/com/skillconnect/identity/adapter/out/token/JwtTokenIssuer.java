package com.skillconnect.identity.adapter.out.token;

import com.skillconnect.identity.domain.RefreshTokenId;
import com.skillconnect.identity.domain.TokenIssuer;
import com.skillconnect.identity.domain.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Tokens in the shape of djangorestframework-simplejwt, which the frontend knows: claims
 * {@code token_type} ({@code access}/{@code refresh}), {@code user_id}, {@code jti}, plus {@code sub},
 * {@code email} and {@code role}. The resource server accepts only {@code access} tokens.
 */
@Component
class JwtTokenIssuer implements TokenIssuer {

    private static final String TOKEN_TYPE = "token_type";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration accessTtl;
    private final Duration refreshTtl;

    JwtTokenIssuer(JwtEncoder encoder, JwtDecoder decoder,
            @Value("${skillconnect.security.jwt.access-ttl:60m}") Duration accessTtl,
            @Value("${skillconnect.security.jwt.refresh-ttl:1d}") Duration refreshTtl) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    @Override
    public String accessToken(UserAccount account, Instant now) {
        // never stamped before the account's last logout or reset: the validity check compares whole seconds
        Instant issuedAt = account.accessTokenIssueTime(now);
        return sign(account, "access", java.util.UUID.randomUUID().toString(), issuedAt, issuedAt.plus(accessTtl));
    }

    @Override
    public SignedRefreshToken refreshToken(UserAccount account, RefreshTokenId id, Instant now) {
        Instant expiresAt = now.plus(refreshTtl);
        return new SignedRefreshToken(sign(account, "refresh", id.value(), now, expiresAt), expiresAt);
    }

    @Override
    public Optional<RefreshTokenId> readRefreshToken(String token) {
        try {
            Jwt jwt = decoder.decode(token);
            if (!"refresh".equals(jwt.getClaimAsString(TOKEN_TYPE)) || jwt.getId() == null) {
                return Optional.empty();
            }
            return Optional.of(new RefreshTokenId(jwt.getId()));
        } catch (JwtException invalid) {
            return Optional.empty();
        }
    }

    private String sign(UserAccount account, String type, String id, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(account.id().toString())
                .id(id)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(TOKEN_TYPE, type)
                .claim("user_id", account.id().value())
                .claim("email", account.email().value())
                .claim("role", account.role().name())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
