package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The messages of a conversation as its parties read them, by a cursor on message ids (stable while new messages
 * arrive): each slice is one SQL statement on the index (conversation_id, id), reactions counted in it.
 * <p>
 * A party opening a slice also reads the conversation: in the same statement (ADR 25, addendum) the conversation is
 * checked to be the reader's and marked read for them (unread count zero, read mark on the other party's newest
 * message, read at {@code at}) when that changes something; the slice shows the read mark as it is after that.
 */
@SecondaryPort
public interface MessageQueries {

    /**
     * The newest {@code limit} messages with an id below {@code before} ({@code Long.MAX_VALUE}: the newest), read by
     * {@code reader} at {@code at}.
     *
     * @return empty when {@code reader} is no party of the conversation (nothing is read, nothing changes)
     */
    Optional<ReadSlice> readBefore(ConversationId conversation, UserId reader, long before, int limit, Instant at);

    /** The oldest {@code limit} messages with an id above {@code after}, as {@link #readBefore} reads them. */
    Optional<ReadSlice> readAfter(ConversationId conversation, UserId reader, long after, int limit, Instant at);

    Optional<MessageView> one(MessageId message);
}
