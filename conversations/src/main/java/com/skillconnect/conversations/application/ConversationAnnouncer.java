package com.skillconnect.conversations.application;

import com.skillconnect.conversations.ConversationOpened;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces the conversations stored before {@link ConversationOpened} existed (a database of an earlier version), so
 * that billing learns their orders' conversations too (ADR 34). One batch per transaction: the batch is claimed,
 * announced by each conversation and marked announced together, so every conversation is announced once, also when
 * several instances announce at the same time or a run stops between batches. Conversations opened since are
 * announced when they are stored and never here.
 */
@Service
public class ConversationAnnouncer {

    /** Conversations announced per transaction. */
    public static final int BATCH = 500;

    private final Conversations conversations;

    ConversationAnnouncer(Conversations conversations) {
        this.conversations = conversations;
    }

    /**
     * Announces at most {@code size} conversations not announced yet (skipping those another instance is announcing).
     *
     * @return how many it announced: 0 when none is left
     */
    @Transactional
    public int announceNextBatch(int size) {
        List<Conversation> batch = conversations.claimUnannounced(size);
        batch.forEach(Conversation::announce);
        conversations.saveAnnounced(batch);
        return batch.size();
    }
}
