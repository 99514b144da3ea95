package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The messages of a conversation as its parties read them, by a cursor on message ids (stable while new messages
 * arrive): each slice is one SQL statement on the index (conversation_id, id), reactions counted in it.
 */
@SecondaryPort
public interface MessageQueries {

    /** The newest {@code limit} messages with an id below {@code before} ({@code Long.MAX_VALUE}: the newest). */
    MessageSlice before(ConversationId conversation, long before, int limit);

    /** The oldest {@code limit} messages with an id above {@code after}. */
    MessageSlice after(ConversationId conversation, long after, int limit);

    Optional<MessageView> one(MessageId message);
}
