package com.skillconnect.billing;

/** Where a payment request stands: only a verified payment completes it. */
public enum PaymentStatus {
    PENDING,
    COMPLETED,
    FAILED,
    REJECTED
}
