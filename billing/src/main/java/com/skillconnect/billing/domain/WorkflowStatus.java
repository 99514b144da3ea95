package com.skillconnect.billing.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the work of an accepted contract stands, with the progress the frontend shows for it (planning 10 … paid
 * 100). The freelancer moves it among every value but {@code PAID}, which only verified payments covering the amount
 * reach.
 */
public enum WorkflowStatus {
    PLANNING("planning", 10),
    ADVANCE("advance", 20),
    DRAFT("draft", 30),
    SUBMITTED("submitted", 40),
    IN_PROGRESS("in-progress", 50),
    MILESTONE_1("milestone-1", 60),
    REVISION("revision", 70),
    FINAL_REVIEW("final-review", 80),
    COMPLETED("completed", 90),
    PAID("paid", 100);

    private final String wire;
    private final int progress;

    WorkflowStatus(String wire, int progress) {
        this.wire = wire;
        this.progress = progress;
    }

    /** The API's spelling ({@code in-progress}, {@code final-review}…). */
    public String wire() {
        return wire;
    }

    /** The progress shown for it, in percent. */
    public BigDecimal progress() {
        return BigDecimal.valueOf(progress).setScale(1);
    }

    /** The workflow status the API names (case-insensitive), if any. */
    public static Optional<WorkflowStatus> parse(String text) {
        for (WorkflowStatus status : values()) {
            if (status.wire.equalsIgnoreCase(text.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
