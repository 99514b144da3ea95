package com.skillconnect.identity.adapter.out.crypto;

import com.skillconnect.identity.domain.SecretHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** bcrypt with a configurable cost ({@code skillconnect.identity.bcrypt-strength}, default 10). */
@Component
class BcryptSecretHasher implements SecretHasher {

    private final BCryptPasswordEncoder bcrypt;

    BcryptSecretHasher(@Value("${skillconnect.identity.bcrypt-strength:10}") int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String hash(String secret) {
        return bcrypt.encode(secret);
    }

    @Override
    public boolean matches(String secret, String hash) {
        return secret != null && hash != null && bcrypt.matches(secret, hash);
    }
}
