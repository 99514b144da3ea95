package com.skillconnect.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * One HS256 key for issuing (identity) and verifying (every request) tokens. Modules reach it only
 * through Spring Security's {@link JwtEncoder} and {@link JwtDecoder} interfaces. The decoder accepts
 * only HS256 signatures by this key, so unsigned ({@code alg: none}) or re-signed tokens fail.
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
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
        return NimbusJwtDecoder.withSecretKey(jwtSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
    }
}
