package com.skillconnect.identity.domain;

import java.time.Duration;

/**
 * A bounded action was tried too often; it may be tried again after {@link #retryAfter()}. The
 * {@link Limit} says which bound was reached; the web adapter words it.
 */
public class TooManyAttempts extends RuntimeException {

    /** Which bound was reached. */
    public enum Limit {
        /** Failed logins, of an account or of a client. */
        LOGIN_FAILURES,
        /** Code-mailing requests of one client. */
        CLIENT_MAIL_REQUESTS,
        /** Codes mailed for one account. */
        OTP_MAIL_QUOTA
    }

    private final Limit limit;
    private final Duration retryAfter;

    public TooManyAttempts(Limit limit, Duration retryAfter) {
        super(limit + ", retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, at least one (HTTP's Retry-After). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
