package com.skillconnect.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signing key every instance shares.
 *
 * @param secret        HMAC-SHA256 secret, at least 32 bytes. Unset: a development secret is generated
 *                      once into {@code devSecretFile} and reused (with a warning).
 * @param devSecretFile where the development secret is kept.
 */
@ConfigurationProperties("skillconnect.security.jwt")
public record JwtProperties(String secret, String devSecretFile) {
}
