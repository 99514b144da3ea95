package com.skillconnect.identity.domain;

/** Google sign-in cannot be served: not configured, or Google's keys cannot be fetched. */
public class GoogleSignInUnavailable extends RuntimeException {

    public GoogleSignInUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
