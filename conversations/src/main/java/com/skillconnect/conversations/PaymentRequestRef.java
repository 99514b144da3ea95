package com.skillconnect.conversations;

import org.jmolecules.ddd.types.Identifier;

/**
 * A payment request as conversations refers to it: the id the module that made the request gave it (billing's), which
 * a payment message shows as {@code payment_request} and keeps as its key (one message per request). Declared here so
 * that conversations depends on nobody who asks for payment messages (ADR 34).
 */
public record PaymentRequestRef(long value) implements Identifier {

    public PaymentRequestRef {
        if (value <= 0) {
            throw new IllegalArgumentException("A payment request id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
