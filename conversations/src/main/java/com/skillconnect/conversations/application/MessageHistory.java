package com.skillconnect.conversations.application;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.domain.ChatPush;
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
