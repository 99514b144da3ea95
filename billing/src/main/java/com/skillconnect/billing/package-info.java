/**
 * The billing module: contracts, payment requests, Razorpay payments (the Messaging API's money part). Only its
 * published API exists so far: {@link com.skillconnect.billing.PaymentRequestId},
 * {@link com.skillconnect.billing.PaymentStatus} and the events {@link com.skillconnect.billing.PaymentRequested} and
 * {@link com.skillconnect.billing.PaymentStatusChanged}, which conversations turns into payment messages. The
 * contracts and payments that raise them are billing's own issue. Its allowed dependencies state the events it
 * consumes in ARCHITECTURE.md's expected flow (ADR 15), so the first line of code that breaks the graph fails.
 */
@org.springframework.modulith.ApplicationModule(displayName = "billing",
        allowedDependencies = { "identity", "marketplace", "kernel" })
package com.skillconnect.billing;
