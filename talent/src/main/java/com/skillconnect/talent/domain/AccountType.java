package com.skillconnect.talent.domain;

import java.util.Locale;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** Whether a client hires as a person or for a business. On the wire in lower case. */
@ValueObject
public enum AccountType {
    INDIVIDUAL, BUSINESS;

    /**
     * Case-insensitive. {@code personal} is read as {@code individual}: the original frontend's wizard
     * offered "personal" and "business".
     */
    public static Optional<AccountType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "individual", "personal" -> Optional.of(INDIVIDUAL);
            case "business" -> Optional.of(BUSINESS);
            default -> Optional.empty();
        };
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
