package com.skillconnect.kernel;

import java.util.Objects;

/**
 * The caller may not do this (e.g. a client setting up a freelancer profile). app renders it as 403
 * {@code {"detail": message}}; the code names the rule for tests and logs.
 */
public class NotAllowedException extends RuntimeException {

    private final String code;

    public NotAllowedException(String code, String message) {
        super(Objects.requireNonNull(message));
        this.code = Objects.requireNonNull(code);
    }

    public String code() {
        return code;
    }
}
