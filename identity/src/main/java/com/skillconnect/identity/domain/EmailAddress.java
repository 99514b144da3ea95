package com.skillconnect.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** A syntactically valid e-mail address, normalised to lower case. */
@ValueObject
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }

    /** Parses what a user typed: trims and lower-cases it first. */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(normalise(raw));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
