package com.skillconnect.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * One HS256 key for issuing (identity) and verifying (every request) tokens. Modules reach it only
 * through Spring Security's {@link JwtEncoder} and {@link JwtDecoder} interfaces. The decoder accepts
 * only HS256 signatures by this key, so unsigned ({@code alg: none}) or re-signed tokens fail, and
 * only tokens that expire ({@code exp} is required: the default timestamp check lets a token without
 * one live forever). Modules add checks of their own by contributing {@link OAuth2TokenValidator}
 * beans of {@link Jwt} (identity refuses tokens ended by a logout or a password reset). A token's signature and
 * claims are checked and parsed once ({@link RememberedSignaturesJwtDecoder}); the validators run on every request.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    @Bean
    SecretKey jwtSigningKey(JwtProperties properties) {
        return JwtSigningKeyResolver.resolve(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<SecurityContext>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, ObjectProvider<OAuth2TokenValidator<Jwt>> moduleValidators) {
        NimbusJwtDecoder signatureAndParsing = NimbusJwtDecoder.withSecretKey(jwtSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
        signatureAndParsing.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success()); // validated below, every time
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefault());
        validators.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
        moduleValidators.orderedStream().forEach(validators::add);
        return new RememberedSignaturesJwtDecoder(signatureAndParsing, new DelegatingOAuth2TokenValidator<>(validators));
    }
}
