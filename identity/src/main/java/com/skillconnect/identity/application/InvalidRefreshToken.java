package com.skillconnect.identity.application;

/** A refresh token that is forged, expired, revoked, or whose account is gone. */
public class InvalidRefreshToken extends RuntimeException {

    public InvalidRefreshToken() {
        super("refresh token not usable");
    }
}
