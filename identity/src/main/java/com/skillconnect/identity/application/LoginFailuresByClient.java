package com.skillconnect.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.skillconnect.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Which clients tried an account's password recently without success. A locked account still lets
 * a client in that has no such attempt (ADR 0016): the owner, elsewhere, is not kept out by a
 * stranger's failures. Marked when an attempt starts, so that parallel attempts of one client get one
 * such pass between them, and forgotten after {@link #MEMORY} or when the client succeeds. In memory:
 * a client that reaches another instance gets one more attempt there.
 */
@Component
class LoginFailuresByClient {

    static final Duration MEMORY = Duration.ofMinutes(15);

    private record Key(long account, String client) {
    }

    private final Cache<Key, Boolean> attempted;

    LoginFailuresByClient(Clock clock) {
        this.attempted = Caffeine.newBuilder().maximumSize(PerClientLimit.MAX_TRACKED_CLIENTS).expireAfterWrite(MEMORY)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** Marks an attempt of the client on the account; true when the client had no unsuccessful attempt recently. */
    boolean startAttempt(UserId account, String client) {
        return attempted.asMap().putIfAbsent(new Key(account.value(), String.valueOf(client)), Boolean.TRUE) == null;
    }

    void succeeded(UserId account, String client) {
        attempted.invalidate(new Key(account.value(), String.valueOf(client)));
    }
}
