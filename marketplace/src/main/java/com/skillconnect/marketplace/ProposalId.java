package com.skillconnect.marketplace;

import org.jmolecules.ddd.types.Identifier;

/** The id of a proposal (a client's project post), published so that events and other modules hold a typed reference. */
public record ProposalId(long value) implements Identifier {

    public ProposalId {
        if (value <= 0) {
            throw new IllegalArgumentException("A proposal id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
