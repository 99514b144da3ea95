package com.skillconnect.marketplace.domain;

import java.util.Locale;

/**
 * Where a proposal stands: open to applications, in progress once an application was accepted (orders set it),
 * completed or cancelled. Stored and answered in lower case ({@code in_progress}).
 */
public enum ProposalStatus {
    OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalStatus ofWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
