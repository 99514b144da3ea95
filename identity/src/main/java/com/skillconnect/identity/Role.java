package com.skillconnect.identity;

import java.util.Locale;
import java.util.Optional;

/** What a user signs up as. */
public enum Role {
    CLIENT, FREELANCER;

    /** Case-insensitive: the frontend sends {@code "CLIENT"}, older forms {@code "client"}. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
