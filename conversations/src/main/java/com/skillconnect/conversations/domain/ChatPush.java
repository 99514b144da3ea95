package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The frames of a conversation's chat sockets ({@code /ws/messaging/chat/<id>/}), sent once the calling
 * transaction commits. A message goes to both parties (the sender's own screen waits for it); the others to the
 * party that did not cause them, or to both.
 */
@SecondaryPort
public interface ChatPush {

    /** A new or changed message, to both parties. */
    void message(Conversation conversation, MessageView message);

    /** {@code reader} read the conversation, to the other party. */
    void read(Conversation conversation, UserId reader, Instant at);

    /** {@code user} is typing or stopped, to the other party. */
    void typing(Conversation conversation, UserId user, boolean typing);

    /** {@code user}'s first socket on the conversation opened ({@code online}) or their last one closed, to the other party. */
    void presence(Conversation conversation, UserId user, boolean online);

    /** A payment request's status changed, to both parties. */
    void paymentStatus(Conversation conversation, PaymentRequestRef request, PaymentMessageStatus status);

    /** The chat endpoint of a conversation: where its sockets are opened and its frames sent. */
    static String endpoint(long conversationId) {
        return "/ws/messaging/chat/" + conversationId;
    }
}
