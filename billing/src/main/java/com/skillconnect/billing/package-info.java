/**
 * Billing: contracts and payment requests (the Messaging API's money part).
 * <p>
 * Published API: the ids {@link com.skillconnect.billing.ContractId} and
 * {@link com.skillconnect.billing.PaymentRequestId}, {@link com.skillconnect.billing.PaymentStatus} and the events
 * {@link com.skillconnect.billing.PaymentRequested}, {@link com.skillconnect.billing.PaymentStatusChanged} and
 * {@link com.skillconnect.billing.ContractChanged}. With each payment request and change it also publishes the events
 * conversations declares for payment messages ({@code PaymentMessageRequested}, {@code PaymentMessageStatusChanged}:
 * conversations depends on nobody for them, ADR 34). It learns what it needs from other modules' events, kept in its
 * own read model: orders, their parties and statuses from marketplace's {@code OrderPlaced}/{@code OrderStatusChanged}
 * (only an accepted order's parties contract), the parties' names from talent's {@code ProfileCardChanged}, each
 * order's conversation from conversations' {@code ConversationOpened} (a payment request's conversation_id must name
 * it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "billing",
        allowedDependencies = { "identity", "talent", "marketplace", "conversations", "kernel" })
package com.skillconnect.billing;
