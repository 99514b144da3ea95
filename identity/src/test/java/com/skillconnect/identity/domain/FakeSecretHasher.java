package com.skillconnect.identity.domain;

/**
 * A test stand-in for the bcrypt adapter: deterministic and fast. The "hash" is a prefix plus the
 * reversed secret, so it never equals the secret and a test can compute the expected hash.
 */
final class FakeSecretHasher implements SecretHasher {

    static final String PREFIX = "fake-hash:";

    @Override
    public String hash(String secret) {
        return PREFIX + new StringBuilder(secret).reverse();
    }

    @Override
    public boolean matches(String secret, String hash) {
        return secret != null && hash != null && hash.equals(hash(secret));
    }
}
