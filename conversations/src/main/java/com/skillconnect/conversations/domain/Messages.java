package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the messages of a {@link Conversation} (entities of that aggregate, too many to load with it), their
 * attachments and reactions are kept: written one by one beside the conversation, never loaded as a whole.
 */
@SecondaryPort
public interface Messages {

    /** Stores a new message (and its attachment); answers its id. */
    MessageId add(Message message);

    /** Stores a payment message unless its payment request has one already (a replayed event): empty then. */
    Optional<MessageId> addUnlessKnown(Message payment);

    /**
     * Moves the payment request's message to {@code status} unless the status it shows changed later.
     *
     * @return the message's conversation when it changed
     */
    Optional<ConversationId> changePaymentStatus(PaymentRequestRef request, PaymentMessageStatus status, Instant changedAt);

    /** Whether the message belongs to the conversation. */
    boolean belongsTo(MessageId message, ConversationId conversation);

    /**
     * The user's reaction to the message: set to {@code emoji}, or removed when it was that emoji already. Each
     * user's reaction is its own row, so reactions of different users never overwrite each other.
     */
    void react(MessageId message, UserId user, String emoji, Instant at);
}
