package com.skillconnect.talent.domain;

import org.jmolecules.ddd.types.Identifier;

/** The id of a client profile (the {@code id} on the wire; the user's id is {@code user}). */
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
