package com.skillconnect.talent.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a freelancer speaks a language. Accepted case-insensitively as {@code beginner},
 * {@code intermediate}, {@code advanced}, {@code fluent} ({@code advanced/fluent} too, as fluent) or
 * {@code native}; answered in lower case as the frontend sends and compares it: {@code advanced} stays
 * {@code advanced}, {@code Fluent} becomes {@code fluent}.
 */
public enum Proficiency {
    BEGINNER, INTERMEDIATE, ADVANCED, FLUENT, NATIVE;

    /** The answer: the lower-case name, e.g. {@code "advanced"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Proficiency> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "beginner" -> Optional.of(BEGINNER);
            case "intermediate" -> Optional.of(INTERMEDIATE);
            case "advanced" -> Optional.of(ADVANCED);
            case "fluent", "advanced/fluent" -> Optional.of(FLUENT);
            case "native" -> Optional.of(NATIVE);
            default -> Optional.empty();
        };
    }
}
