package com.skillconnect.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client (remote address) in a fixed window, across all accounts, so that one
 * client cannot try passwords on many accounts. Kept in memory: each instance counts its own
 * clients, which a load balancer with sticky clients keeps meaningful; the per-account lock in the
 * database holds across instances.
 */
@Component
class ClientLoginLimiter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Window> failures = new ConcurrentHashMap<>();

    ClientLoginLimiter(@Value("${skillconnect.identity.login.max-failures-per-client:20}") int maxFailures,
            @Value("${skillconnect.identity.login.client-window:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Window(Instant start, int count) {
    }

    /** How long the client must wait, or zero when it may try. */
    Duration blockedFor(String client) {
        Instant now = clock.instant();
        Window current = failures.get(client);
        if (current == null || !now.isBefore(current.start().plus(window)) || current.count() < maxFailures) {
            return Duration.ZERO;
        }
        return Duration.between(now, current.start().plus(window));
    }

    void recordFailure(String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_CLIENTS) {
            failures.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        failures.compute(client, (key, current) -> current == null || !now.isBefore(current.start().plus(window))
                ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
    }
}
