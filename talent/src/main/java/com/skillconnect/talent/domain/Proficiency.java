package com.skillconnect.talent.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a freelancer speaks a language. Accepted case-insensitively as {@code beginner},
 * {@code intermediate}, {@code advanced} or {@code fluent} (the same level), {@code native};
 * always answered in one canonical form: {@code Beginner}, {@code Intermediate}, {@code Fluent}, {@code Native}.
 */
public enum Proficiency {
    BEGINNER("Beginner"), INTERMEDIATE("Intermediate"), FLUENT("Fluent"), NATIVE("Native");

    private final String label;

    Proficiency(String label) {
        this.label = label;
    }

    /** The canonical answer, e.g. {@code "Fluent"}. */
    public String label() {
        return label;
    }

    public static Optional<Proficiency> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "beginner" -> Optional.of(BEGINNER);
            case "intermediate" -> Optional.of(INTERMEDIATE);
            case "advanced", "fluent", "advanced/fluent" -> Optional.of(FLUENT);
            case "native" -> Optional.of(NATIVE);
            default -> Optional.empty();
        };
    }
}
