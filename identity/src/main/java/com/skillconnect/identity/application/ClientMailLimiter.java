package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.TooManyAttempts;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests that mail a code (register, resend-otp, forgot-password/request) per client, counted
 * before anything else happens, so that one client can neither flood mailboxes across many addresses
 * nor spend an account's hourly code quota from many requests at once. The account's own quota
 * ({@code OtpMailQuota}) still holds across instances and clients.
 */
@Component
class ClientMailLimiter {

    private final PerClientLimit requests;

    ClientMailLimiter(@Value("${skillconnect.identity.mail-requests-per-client:10}") int maxRequests,
            @Value("${skillconnect.identity.mail-requests-client-window:10m}") Duration window, Clock clock) {
        this.requests = new PerClientLimit(maxRequests, window, clock);
    }

    /** Counts the request; throws {@link TooManyAttempts} (worded as DRF's throttling) when the client is over its limit. */
    void acquire(String client) {
        Duration wait = requests.tryAcquire(client);
        if (!wait.isZero()) {
            throw new TooManyAttempts(TooManyAttempts.Limit.CLIENT_MAIL_REQUESTS, wait);
        }
    }
}
