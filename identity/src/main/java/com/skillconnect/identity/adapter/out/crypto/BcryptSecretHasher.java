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
 * {@code skillconnect.identity.max-hash-wait} (default 2 s) is refused with {@code ServerBusy} (503). The hashes run on
 * threads of their own at a lower CPU priority ({@code skillconnect.identity.hash-nice}, default 10; ADR 0036), so
 * that a request that wakes up gets a core at once instead of waiting for a hash's slice.
 */
@Component
class BcryptSecretHasher implements SecretHasher {

    private final BCryptPasswordEncoder bcrypt;
    private final BoundedWork hashing;

    BcryptSecretHasher(@Value("${skillconnect.identity.bcrypt-strength:10}") int strength,
            @Value("${skillconnect.identity.max-concurrent-hashes:0}") int maxConcurrentHashes,
            @Value("${skillconnect.identity.max-hash-wait:2s}") Duration maxWait,
            @Value("${skillconnect.identity.hash-nice:10}") int hashNice) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        this.hashing = new BoundedWork(maxConcurrentHashes > 0 ? maxConcurrentHashes : defaultConcurrency(), maxWait,
                new LowPriorityThreads("hashing", hashNice));
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
