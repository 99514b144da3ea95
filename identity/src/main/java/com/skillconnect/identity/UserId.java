package com.skillconnect.identity;

import org.jmolecules.ddd.types.Identifier;

/** The id of a user account, shared with every module that refers to a user. */
public record UserId(long value) implements Identifier {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("A user id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
