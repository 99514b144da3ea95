package com.skillconnect.billing.domain;

import java.util.Objects;

/**
 * The payment gateway refused a call, failed, or did not answer in time; the API answers 502
 * ({@code {"error": "Razorpay order creation failed", "detail": ...}}). The message says what happened in words a
 * client may read: it never carries a key, a secret or the request's body.
 */
public class PaymentGatewayFailed extends RuntimeException {

    /** What went wrong. */
    public enum Reason {
        /** The gateway answered 4xx: our request or our keys are wrong. */
        REFUSED,
        /** The gateway answered 5xx, could not be reached, or answered something unreadable. */
        FAILED,
        /** The gateway did not answer within the timeout. */
        TIMED_OUT
    }

    private final Reason reason;
    private final int gatewayStatus;

    /**
     * @param gatewayStatus the gateway's HTTP status, 0 when it gave none
     */
    public PaymentGatewayFailed(Reason reason, int gatewayStatus, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.gatewayStatus = gatewayStatus;
    }

    public Reason reason() {
        return reason;
    }

    /** The gateway's HTTP status, 0 when it gave none (unreachable, timed out). */
    public int gatewayStatus() {
        return gatewayStatus;
    }
}
