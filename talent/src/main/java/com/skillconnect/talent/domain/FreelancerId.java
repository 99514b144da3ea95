package com.skillconnect.talent.domain;

import org.jmolecules.ddd.types.Identifier;

/** The id of a {@link Freelancer} profile (the {@code id} of the Profiles API). */
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
