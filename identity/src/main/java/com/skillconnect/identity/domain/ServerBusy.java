package com.skillconnect.identity.domain;

import java.time.Duration;

/**
 * The work a request needs (hashing a password or a code) could not start in time because the server
 * is busy with as much of it as it allows at once. Nothing was changed; the request may be repeated.
 */
public class ServerBusy extends RuntimeException {

    private final Duration retryAfter;

    public ServerBusy(Duration retryAfter) {
        super("busy, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
