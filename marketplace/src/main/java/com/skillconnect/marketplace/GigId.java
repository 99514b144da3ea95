package com.skillconnect.marketplace;

import org.jmolecules.ddd.types.Identifier;

/** The id of a gig (a freelancer's service, the API's service), published so that events and other modules hold a typed reference. */
public record GigId(long value) implements Identifier {

    public GigId {
        if (value <= 0) {
            throw new IllegalArgumentException("A gig id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
