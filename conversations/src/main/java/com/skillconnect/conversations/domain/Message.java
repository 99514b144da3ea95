package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A message of a {@link Conversation}, as written (before it is stored: {@code id} null): text, a file, a voice note
 * or a payment request. Built only through the factories, which enforce what each type carries.
 */
@Entity
public record Message(@Identity MessageId id, ConversationId conversation, UserId sender,
        MessageType type, String content, Attachment attachment, Integer voiceDuration, BigDecimal paymentAmount,
        PaymentMessageStatus paymentStatus, PaymentRequestRef paymentRequest, Instant createdAt) {

    /** The longest text a message may carry, in characters. */
    public static final int MAX_CONTENT = 5000;

    public Message {
        Objects.requireNonNull(conversation);
        Objects.requireNonNull(sender);
        Objects.requireNonNull(type);
        Objects.requireNonNull(createdAt);
        content = content == null ? "" : content;
        if ((type == MessageType.FILE || type == MessageType.VOICE) != (attachment != null)) {
            throw new IllegalArgumentException("A file or voice message, and only one, carries an attachment");
        }
        if ((type == MessageType.PAYMENT) != (paymentRequest != null)) {
            throw new IllegalArgumentException("A payment message, and only one, names its payment request");
        }
    }

    public static Message text(ConversationId conversation, UserId sender, String content, Instant at) {
        return new Message(null, conversation, sender, MessageType.TEXT, content, null, null, null, null, null, at);
    }

    public static Message file(ConversationId conversation, UserId sender, String caption, Attachment file, Instant at) {
        return new Message(null, conversation, sender, MessageType.FILE, caption, file, null, null, null, null, at);
    }

    public static Message voice(ConversationId conversation, UserId sender, String caption, Attachment audio,
            Integer seconds, Instant at) {
        return new Message(null, conversation, sender, MessageType.VOICE, caption, audio, seconds, null, null, null, at);
    }

    public static Message payment(ConversationId conversation, UserId requestedBy, String description, BigDecimal amount,
            PaymentMessageStatus status, PaymentRequestRef request, Instant at) {
        return new Message(null, conversation, requestedBy, MessageType.PAYMENT, description, null, null,
                Objects.requireNonNull(amount), Objects.requireNonNull(status), request, at);
    }
}
