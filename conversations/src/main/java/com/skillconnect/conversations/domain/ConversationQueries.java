package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The conversations as their parties read them, most recent activity first, one SQL statement per request; and the
 * version of a user's list, to know whether a list computed earlier is still the one to answer (ADR 35).
 */
@SecondaryPort
public interface ConversationQueries {

    /** The user's conversations they have not archived, at most {@code limit} (no total counted). */
    List<ConversationView> recent(UserId user, int limit);

    /** The user's conversations they have not archived, from {@code offset}, at most {@code limit}, and their total. */
    ConversationPage list(UserId user, long offset, int limit);

    /** One of the user's conversations (archived or not); another's is empty. */
    Optional<ConversationView> one(ConversationId id, UserId user);

    /**
     * The version of the user's list: advanced, when it commits, by every transaction that changes anything the user's
     * list shows (0 while nothing ever did). A list computed after reading version {@code v} shows every change of
     * versions up to {@code v}, so it is exact for any request that reads {@code v}.
     */
    long inboxVersion(UserId user);
}
