package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageSlice;
import com.skillconnect.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a conversation's messages by a cursor on their ids (ADR 25) and marks the conversation read for the
 * reader: unread count zero, and the other party told on the chat socket when that changed something.
 */
@Service
public class MessageHistory {

    private final ConversationAccess access;
    private final Conversations conversations;
    private final MessageQueries queries;
    private final ChatPush push;
    private final Clock clock;

    MessageHistory(ConversationAccess access, Conversations conversations, MessageQueries queries, ChatPush push,
            Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.queries = queries;
        this.push = push;
        this.clock = clock;
    }

    /** The newest {@code limit} messages below {@code before} (null: the newest), oldest first. */
    @Transactional
    public MessageSlice before(UserId reader, long conversationId, Long before, int limit) {
        Conversation conversation = access.ofParty(reader, conversationId);
        markRead(conversation, reader);
        return queries.before(conversation.id(), before == null ? Long.MAX_VALUE : before, limit);
    }

    /** The oldest {@code limit} messages above {@code after}, oldest first. */
    @Transactional
    public MessageSlice after(UserId reader, long conversationId, long after, int limit) {
        Conversation conversation = access.ofParty(reader, conversationId);
        markRead(conversation, reader);
        return queries.after(conversation.id(), after, limit);
    }

    private void markRead(Conversation conversation, UserId reader) {
        Instant now = clock.instant();
        if (conversations.markRead(conversation, reader, now)) {
            push.read(conversation, reader, now);
        }
    }
}
