package com.skillconnect.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class RememberedSignaturesJwtDecoderTest {

    private static final SecretKey KEY = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private static final SecretKey OTHER_KEY = new SecretKeySpec("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();

    /** Our key's signature check and parsing, counted; validating nothing (as JwtConfiguration sets it up). */
    private final JwtDecoder counted = token -> {
        verifications.incrementAndGet();
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return nimbus.decode(token);
    };

    /** The timestamps, and a stand-in for identity's refusal of tokens ended by a logout. */
    private final OAuth2TokenValidator<Jwt> validators = jwt -> {
        OAuth2TokenValidatorResult timestamps = JwtValidators.createDefault().validate(jwt);
        if (timestamps.hasErrors()) {
            return timestamps;
        }
        return ended.get() ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "ended by a logout", null))
                : OAuth2TokenValidatorResult.success();
    };

    private final RememberedSignaturesJwtDecoder decoder = new RememberedSignaturesJwtDecoder(counted, validators);

    @Test
    void aTokenIsVerifiedOnceAndValidatedEveryTime() {
        String token = token(KEY, Instant.now().plusSeconds(600));

        Jwt first = decoder.decode(token);
        Jwt again = decoder.decode(token);

        assertThat(again.getSubject()).isEqualTo(first.getSubject()).isEqualTo("42");
        assertThat(verifications).as("the signature checked and the claims parsed once").hasValue(1);

        ended.set(true);
        assertThatThrownBy(() -> decoder.decode(token)).as("a remembered token is still validated on every call")
                .isInstanceOf(JwtValidationException.class)
                .hasMessage("An error occurred while attempting to decode the Jwt: ended by a logout");
    }

    @Test
    void anExpiredTokenIsRefusedAsNimbusRefusesIt() {
        String token = token(KEY, Instant.now().minusSeconds(600));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("Jwt expired at");
    }

    @Test
    void aTokenThatFailsItsSignatureIsNeverRemembered() {
        String forged = token(OTHER_KEY, Instant.now().plusSeconds(600));

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).as("checked again each time").hasValue(2);
        assertThat(decoder.remembered()).isZero();
    }

    @Test
    void noTokenIsRefusedWithoutBeingRemembered() {
        assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(RuntimeException.class);
        assertThat(decoder.remembered()).isZero();
    }

    private static String token(SecretKey key, Instant expiresAt) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<SecurityContext>(key));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("42").issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt)
                .claim("token_type", "access").build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
