package com.skillconnect.identity.domain;

import java.time.Duration;

/** A bounded action was tried too often; it may be tried again after {@link #retryAfter()}. */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
