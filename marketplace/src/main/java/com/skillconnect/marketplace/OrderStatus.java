package com.skillconnect.marketplace;

/** Where an order stands; the domain's order state machine says which may follow which. */
public enum OrderStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    CANCELLED,
    COMPLETED;

    /** An order that still binds its parties (pending or accepted). */
    public boolean live() {
        return this == PENDING || this == ACCEPTED;
    }
}
