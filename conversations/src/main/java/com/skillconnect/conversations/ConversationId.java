package com.skillconnect.conversations;

import org.jmolecules.ddd.types.Identifier;

/** The id of a conversation, published so that events and other modules hold a typed reference. */
public record ConversationId(long value) implements Identifier {

    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("A conversation id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
