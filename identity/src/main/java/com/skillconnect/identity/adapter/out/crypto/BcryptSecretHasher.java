package com.skillconnect.identity.adapter.out.crypto;

import com.skillconnect.identity.domain.SecretHasher;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt with a configurable cost ({@code skillconnect.identity.bcrypt-strength}, default 10). At most
 * {@code skillconnect.identity.max-concurrent-hashes} hashes run at once (default: half the cores, at
 * least one), so that a flood of logins leaves CPU for everything else; a hash that cannot start within
 * {@code skillconnect.identity.max-hash-wait} (default 2 s) is refused with {@code ServerBusy} (503).
 */
@Component
class BcryptSecretHasher implements SecretHasher {

    private final BCryptPasswordEncoder bcrypt;
    private final BoundedWork hashing;

    BcryptSecretHasher(@Value("${skillconnect.identity.bcrypt-strength:10}") int strength,
            @Value("${skillconnect.identity.max-concurrent-hashes:0}") int maxConcurrentHashes,
            @Value("${skillconnect.identity.max-hash-wait:2s}") Duration maxWait) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        this.hashing = new BoundedWork(maxConcurrentHashes > 0 ? maxConcurrentHashes : defaultConcurrency(), maxWait);
    }

    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String hash(String secret) {
        return hashing.run(() -> bcrypt.encode(secret));
    }

    @Override
    public boolean matches(String secret, String hash) {
        return secret != null && hash != null && hashing.run(() -> bcrypt.matches(secret, hash));
    }
}
