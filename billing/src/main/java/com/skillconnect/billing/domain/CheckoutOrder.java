package com.skillconnect.billing.domain;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The gateway order opened for a payment request, which the payer pays in the gateway's checkout: its id (the key a
 * payment's signature is checked with, and how a webhook names the request) and what it charges, in paise.
 */
@ValueObject
public record CheckoutOrder(String id, long amountInPaise) {

    /** The longest gateway order id kept (Razorpay's are 20 characters). */
    public static final int MAX_ID = 64;

    public CheckoutOrder {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("A gateway order id has 1 to " + MAX_ID + " characters");
        }
        if (amountInPaise <= 0) {
            throw new IllegalArgumentException("A gateway order charges more than nothing");
        }
    }
}
