package com.skillconnect.billing;

import org.jmolecules.ddd.types.Identifier;

/** The id of a payment request, published so that events and other modules hold a typed reference. */
public record PaymentRequestId(long value) implements Identifier {

    public PaymentRequestId {
        if (value <= 0) {
            throw new IllegalArgumentException("A payment request id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
