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
 * <p>
 * A history page is remembered per conversation and <em>history version</em> (ADR 37): {@link #open} is the party check,
 * the version and, when there is something to mark, the mark, before any page is read or answered from memory.
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

    /**
     * Opens the conversation's history for {@code reader} at {@code at}: checks that the reader is a party, marks the
     * conversation read for them as {@link #readBefore} does, and reads the conversation's history version (advanced,
     * when it commits, by every transaction that changes anything a page of it shows): one select that writes nothing
     * when there is nothing to mark (a statement with an update would fire the participant table's triggers even then),
     * else one statement that marks and reads the version in a snapshot from before the mark. A page computed afterwards
     * shows every change up to that version.
     *
     * @return empty when {@code reader} is no party of the conversation (nothing is read, nothing changes)
     */
    Optional<HistoryOpening> open(ConversationId conversation, UserId reader, Instant at);

    Optional<MessageView> one(MessageId message);
}
