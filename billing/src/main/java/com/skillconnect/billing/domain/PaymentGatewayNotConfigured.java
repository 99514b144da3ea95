package com.skillconnect.billing.domain;

/**
 * The payment gateway cannot be used because its keys (or the webhook secret) are not set on this server; the API
 * answers 503 with the message.
 */
public class PaymentGatewayNotConfigured extends RuntimeException {

    public PaymentGatewayNotConfigured(String message) {
        super(message);
    }
}
