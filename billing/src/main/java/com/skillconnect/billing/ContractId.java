package com.skillconnect.billing;

import org.jmolecules.ddd.types.Identifier;

/** The id of a contract, published so that events and other modules hold a typed reference. */
public record ContractId(long value) implements Identifier {

    public ContractId {
        if (value <= 0) {
            throw new IllegalArgumentException("A contract id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
