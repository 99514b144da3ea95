package com.skillconnect.identity.domain;

/** The mail server did not accept a message. */
public class MailDeliveryFailed extends RuntimeException {

    public MailDeliveryFailed(Throwable cause) {
        super("mail not accepted", cause);
    }
}
