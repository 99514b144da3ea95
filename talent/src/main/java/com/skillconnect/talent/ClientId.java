package com.skillconnect.talent;

import org.jmolecules.ddd.types.Identifier;

/** The id of a client profile (the {@code id} on the wire; the user's id is {@code user}), published so that events and other modules hold a typed reference. */
public record ClientId(long value) implements Identifier {

    public ClientId {
        if (value <= 0) {
            throw new IllegalArgumentException("A client id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
