package com.skillconnect.identity.domain;

/** The account's e-mail is already verified, so there is nothing left to verify. */
public class AccountAlreadyVerified extends RuntimeException {

    public AccountAlreadyVerified() {
        super("already verified");
    }
}
