package com.skillconnect.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How many one-time passwords were mailed to an account in the current window, so that nobody can
 * use the service to flood a mailbox. Counted in the account, so every instance sees the same count.
 */
@ValueObject
public record OtpMailQuota(Instant windowStart, int sent) {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_PER_WINDOW = 5;

    public static OtpMailQuota none() {
        return new OtpMailQuota(Instant.EPOCH, 0);
    }

    public boolean allowsAnotherAt(Instant now) {
        return windowOver(now) || sent < MAX_PER_WINDOW;
    }

    public Duration retryAfter(Instant now) {
        return Duration.between(now, windowStart.plus(WINDOW));
    }

    public OtpMailQuota recordSendAt(Instant now) {
        return windowOver(now) ? new OtpMailQuota(now, 1) : new OtpMailQuota(windowStart, sent + 1);
    }

    private boolean windowOver(Instant now) {
        return !now.isBefore(windowStart.plus(WINDOW));
    }
}
