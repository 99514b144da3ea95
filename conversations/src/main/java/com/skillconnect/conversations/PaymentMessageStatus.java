package com.skillconnect.conversations;

/** The status a payment message shows ({@code payment_status}: pending, completed, failed or rejected). */
public enum PaymentMessageStatus {
    PENDING, COMPLETED, FAILED, REJECTED
}
