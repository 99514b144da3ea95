package com.skillconnect.conversations.application;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.HistoryOpening;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageSlice;
import com.skillconnect.conversations.domain.ReadSlice;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a conversation's messages by a cursor on their ids (ADR 25) and marks the conversation read for the
 * reader: unread count zero, and the other party told on the chat socket when that changed something. The party
 * check, the mark and the page are one statement ({@link MessageQueries#readBefore}).
 * <p>
 * A page answered from memory (ADR 37) is preceded by {@link #open}: the party check and the history's version in
 * one select, and the mark in a second statement only when there is something to mark; a page computed after it marks nothing more (unless a message of the other party arrived
 * in between: then it marks that one, and tells the other party, as any page does).
 */
@Service
public class MessageHistory {

    private final MessageQueries queries;
    private final ChatPush push;
    private final Clock clock;

    MessageHistory(MessageQueries queries, ChatPush push, Clock clock) {
        this.queries = queries;
        this.push = push;
        this.clock = clock;
    }

    /**
     * Opens the conversation's history for {@code reader}: checks that the reader is a party (else not found), marks
     * it read for them and tells the other party when that changed something, and answers the history's version as it
     * was before the mark (ADR 37). One select when there is nothing to mark, a second statement for the mark; outside
     * any transaction: the mark commits with its statement, before the other party is told.
     */
    public HistoryOpening open(UserId reader, long conversationId) {
        if (conversationId <= 0) {
            throw notFound(conversationId);
        }
        Instant now = clock.instant();
        HistoryOpening opening = queries.open(new ConversationId(conversationId), reader, now)
                .orElseThrow(() -> notFound(conversationId));
        if (opening.marked()) {
            push.read(opening.conversation(), reader, now);
        }
        return opening;
    }

    /** The newest {@code limit} messages below {@code before} (null: the newest), oldest first. */
    @Transactional
    public MessageSlice before(UserId reader, long conversationId, Long before, int limit) {
        long cursor = before == null ? Long.MAX_VALUE : before;
        return read(reader, conversationId,
                (id, at) -> queries.readBefore(id, reader, cursor, limit, at));
    }

    /** The oldest {@code limit} messages above {@code after}, oldest first. */
    @Transactional
    public MessageSlice after(UserId reader, long conversationId, long after, int limit) {
        return read(reader, conversationId, (id, at) -> queries.readAfter(id, reader, after, limit, at));
    }

    private MessageSlice read(UserId reader, long conversationId,
            BiFunction<ConversationId, Instant, Optional<ReadSlice>> slice) {
        if (conversationId <= 0) {
            throw notFound(conversationId);
        }
        Instant now = clock.instant();
        ReadSlice read = slice.apply(new ConversationId(conversationId), now)
                .orElseThrow(() -> notFound(conversationId));
        if (read.marked()) {
            push.read(read.conversation(), reader, now);
        }
        return read.slice();
    }

    private static NotFoundException notFound(long conversationId) {
        return new NotFoundException("conversation " + conversationId);
    }
}
