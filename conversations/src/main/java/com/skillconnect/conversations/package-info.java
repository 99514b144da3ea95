/**
 * Conversations: one conversation per order between its client and its freelancer, their messages (text, files,
 * voice notes, payment requests), attachments, reactions, read state and the real-time chat socket (the Messaging
 * API's chat part).
 * <p>
 * Published API: the ids {@link com.skillconnect.conversations.ConversationId} and
 * {@link com.skillconnect.conversations.MessageId}, the event {@link com.skillconnect.conversations.ConversationOpened}
 * (billing keeps which conversation is an order's), and what other modules publish to ask for payment messages:
 * {@link com.skillconnect.conversations.PaymentMessageRequested} and
 * {@link com.skillconnect.conversations.PaymentMessageStatusChanged} with {@link com.skillconnect.conversations.PaymentRequestRef}
 * and {@link com.skillconnect.conversations.PaymentMessageStatus} (billing publishes them; conversations depends on no
 * module that asks, ADR 34). It learns everything it shows from other modules' events, kept
 * in its own read model: orders, their parties, titles, prices and deadlines from marketplace's
 * {@code OrderPlaced}/{@code OrderStatusChanged} (an accepted order opens its conversation), names and pictures
 * from talent's {@code ProfileCardChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "conversations",
        allowedDependencies = { "identity", "talent", "marketplace", "kernel" })
package com.skillconnect.conversations;
