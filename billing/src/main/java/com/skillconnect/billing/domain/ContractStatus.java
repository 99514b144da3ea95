package com.skillconnect.billing.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a contract's agreement stands (docs/adr/0029-contract-states.md). Draft, pending and accepted are live. */
public enum ContractStatus {
    DRAFT,
    PENDING,
    ACCEPTED,
    REJECTED;

    /** A live contract binds its order: one per order. */
    public boolean live() {
        return this != REJECTED;
    }

    /** The API's spelling (lower case). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status the API names (case-insensitive), if any. */
    public static Optional<ContractStatus> parse(String text) {
        for (ContractStatus status : values()) {
            if (status.wire().equalsIgnoreCase(text.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
