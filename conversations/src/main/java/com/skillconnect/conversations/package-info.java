/**
 * Conversations: one conversation per order between its client and its freelancer, their messages (text, files,
 * voice notes, payment requests), attachments, reactions, read state and the real-time chat socket (the Messaging
 * API's chat part).
 * <p>
 * Published API: the ids {@link com.skillconnect.conversations.ConversationId} and
 * {@link com.skillconnect.conversations.MessageId}. It learns everything it shows from other modules' events, kept
 * in its own read model: orders, their parties, titles, prices and deadlines from marketplace's
 * {@code OrderPlaced}/{@code OrderStatusChanged} (an accepted order opens its conversation), names and pictures
 * from talent's {@code ProfileCardChanged}, payment messages from billing's {@code PaymentRequested}/
 * {@code PaymentStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "conversations",
        allowedDependencies = { "identity", "talent", "marketplace", "billing", "kernel" })
package com.skillconnect.conversations;
