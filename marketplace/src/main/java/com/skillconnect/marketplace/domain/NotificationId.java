package com.skillconnect.marketplace.domain;

import org.jmolecules.ddd.types.Identifier;

/** The id of a stored notification (not the order's: a frame's {@code id} is the order's, its {@code notification_id} this). */
public record NotificationId(long value) implements Identifier {

    public NotificationId {
        if (value <= 0) {
            throw new IllegalArgumentException("A notification id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
