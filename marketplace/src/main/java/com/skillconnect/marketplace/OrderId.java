package com.skillconnect.marketplace;

import org.jmolecules.ddd.types.Identifier;

/** The id of an order (a service order or an application to a proposal; both kinds draw from one sequence, so an id names one order whatever its kind), published so that events and other modules hold a typed reference. */
public record OrderId(long value) implements Identifier {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("A order id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
