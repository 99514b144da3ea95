package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.ConversationPage;
import com.skillconnect.conversations.domain.ConversationQueries;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.Metadata;
import com.skillconnect.identity.UserId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's conversations: the list (most recent activity first, archived ones left out), one of them, its metadata,
 * and archiving it for the caller only (it comes back with the next message). A conversation the caller is no party
 * of is not found, and nothing changes.
 */
@Service
public class ConversationInbox {

    private final ConversationAccess access;
    private final Conversations conversations;
    private final ConversationQueries queries;
    private final Clock clock;

    ConversationInbox(ConversationAccess access, Conversations conversations, ConversationQueries queries, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The version of the user's list (ADR 35): read before a list is computed or answered from memory. One statement,
     * outside any transaction.
     */
    public long version(UserId user) {
        return queries.inboxVersion(user);
    }

    /** The list without its total (the plain array). */
    @Transactional(readOnly = true)
    public List<ConversationView> recent(UserId user, int limit) {
        return queries.recent(user, limit);
    }

    @Transactional(readOnly = true)
    public ConversationPage list(UserId user, long offset, int limit) {
        return queries.list(user, offset, limit);
    }

    @Transactional(readOnly = true)
    public ConversationView one(UserId user, long id) {
        Conversation conversation = access.ofParty(user, id);
        return queries.one(conversation.id(), user).orElseThrow();
    }

    @Transactional
    public ConversationView changeMetadata(UserId user, long id, Metadata metadata) {
        Conversation conversation = access.ofParty(user, id);
        conversations.saveMetadata(conversation, metadata, clock.instant());
        return queries.one(conversation.id(), user).orElseThrow();
    }

    @Transactional
    public void archive(UserId user, long id) {
        conversations.archive(access.ofParty(user, id), user);
    }
}
