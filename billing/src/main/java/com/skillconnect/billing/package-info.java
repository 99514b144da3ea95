/**
 * Billing: contracts and payment requests (the Messaging API's money part).
 * <p>
 * Published API: the ids {@link com.skillconnect.billing.ContractId} and
 * {@link com.skillconnect.billing.PaymentRequestId}, {@link com.skillconnect.billing.PaymentStatus} and the events
 * {@link com.skillconnect.billing.PaymentRequested} and {@link com.skillconnect.billing.PaymentStatusChanged}, which
 * conversations turns into payment messages. It learns what it needs from other modules' events, kept in its own read
 * model: orders, their parties and statuses from marketplace's {@code OrderPlaced}/{@code OrderStatusChanged} (only an
 * accepted order's parties contract), the parties' names from talent's {@code ProfileCardChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "billing",
        allowedDependencies = { "identity", "talent", "marketplace", "kernel" })
package com.skillconnect.billing;
