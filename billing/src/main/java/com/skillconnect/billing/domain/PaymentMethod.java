package com.skillconnect.billing.domain;

import java.util.Locale;
import java.util.Optional;

/** How the client means to pay a payment request (only Razorpay is processed by billing). */
public enum PaymentMethod {
    RAZORPAY,
    UPI,
    BANK_TRANSFER,
    PAYPAL,
    STRIPE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentMethod> parse(String text) {
        for (PaymentMethod method : values()) {
            if (method.wire().equalsIgnoreCase(text.strip())) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
