package com.skillconnect.identity.domain;

/** Google did not vouch for the presented ID token. */
public class InvalidGoogleToken extends RuntimeException {

    public InvalidGoogleToken(String reason) {
        super(reason);
    }
}
