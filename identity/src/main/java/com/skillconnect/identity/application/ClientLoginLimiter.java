package com.skillconnect.identity.application;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client across all accounts, so that one client cannot try passwords on many
 * accounts; the per-account lock in the database holds across instances.
 */
@Component
class ClientLoginLimiter {

    private final PerClientLimit failures;

    ClientLoginLimiter(@Value("${skillconnect.identity.login.max-failures-per-client:20}") int maxFailures,
            @Value("${skillconnect.identity.login.client-window:15m}") Duration window, Clock clock) {
        this.failures = new PerClientLimit(maxFailures, window, clock);
    }

    /** How long the client must wait, or zero when it may try. */
    Duration blockedFor(String client) {
        return failures.blockedFor(client);
    }

    void recordFailure(String client) {
        failures.record(client);
    }
}
