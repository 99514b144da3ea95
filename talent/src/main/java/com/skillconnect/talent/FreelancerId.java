package com.skillconnect.talent;

import org.jmolecules.ddd.types.Identifier;

/** The id of a freelancer profile (the {@code id} of the Profiles API), published so that events and other modules hold a typed reference. */
public record FreelancerId(long value) implements Identifier {

    public FreelancerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A freelancer id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
