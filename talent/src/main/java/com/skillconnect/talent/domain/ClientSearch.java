package com.skillconnect.talent.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A browse request: optional free text and filters (blank means none), an ordering and a window.
 *
 * @param search   words matched against name, company name, company description and industry,
 *                 case-insensitively, also as the beginnings of words or parts of words
 * @param ordering one of {@link Ordering}; null orders by relevance when searching, else newest first
 */
public record ClientSearch(String search, String country, String location, String industry, Ordering ordering,
        long offset, int limit) {

    public ClientSearch {
        search = blankToNull(search);
        country = blankToNull(country);
        location = blankToNull(location);
        industry = blankToNull(industry);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("Bad window: offset " + offset + ", limit " + limit);
        }
    }

    /** The orderings a client may ask for; anything else is ignored, as DRF does. */
    public enum Ordering {
        CREATED_AT("created_at"), CREATED_AT_DESC("-created_at"), COMPANY_NAME("company_name"),
        COMPANY_NAME_DESC("-company_name");

        private final String wireValue;

        Ordering(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The first known field of a comma-separated {@code ordering} parameter, if any. */
        public static Optional<Ordering> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            for (String part : value.split(",")) {
                String wanted = part.trim().toLowerCase(Locale.ROOT);
                for (Ordering ordering : values()) {
                    if (ordering.wireValue.equals(wanted)) {
                        return Optional.of(ordering);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
