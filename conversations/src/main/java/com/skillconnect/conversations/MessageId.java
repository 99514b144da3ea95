package com.skillconnect.conversations;

import org.jmolecules.ddd.types.Identifier;

/** The id of a message, published so that events and other modules hold a typed reference. */
public record MessageId(long value) implements Identifier {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("A message id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
