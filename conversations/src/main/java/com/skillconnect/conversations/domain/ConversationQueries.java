package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The conversations as their parties read them, most recent activity first, one SQL statement per request. */
@SecondaryPort
public interface ConversationQueries {

    /** The user's conversations they have not archived, at most {@code limit} (no total counted). */
    List<ConversationView> recent(UserId user, int limit);

    /** The user's conversations they have not archived, from {@code offset}, at most {@code limit}, and their total. */
    ConversationPage list(UserId user, long offset, int limit);

    /** One of the user's conversations (archived or not); another's is empty. */
    Optional<ConversationView> one(ConversationId id, UserId user);
}
