package com.skillconnect.kernel;

import java.util.Optional;

/**
 * What a use case was asked for does not exist, or is not the caller's to see (the same answer: a
 * stranger learns nothing). app renders it as 404 {@code {"detail": "Not found."}}, or with the
 * message given where the API document words it (e.g. {@code "Profile not found."}).
 */
public class NotFoundException extends RuntimeException {

    private final String message;

    /** @param what what was looked for, for logs ("freelancer profile 42") */
    public NotFoundException(String what) {
        super(what + " not found");
        this.message = null;
    }

    /** @param message the answer's {@code detail}, in English */
    public NotFoundException(String what, String message) {
        super(what + " not found");
        this.message = message;
    }

    /** The {@code detail} to answer, when not DRF's plain {@code "Not found."}. */
    public Optional<String> detail() {
        return Optional.ofNullable(message);
    }
}
