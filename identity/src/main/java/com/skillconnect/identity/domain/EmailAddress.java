package com.skillconnect.identity.domain;

import com.skillconnect.kernel.Parsed;
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

    /** An address known to be valid (stored, or vouched for): trims and lower-cases it first. */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(normalise(raw));
    }

    /**
     * What a user typed, trimmed and lower-cased: the address, {@link IdentityCode#REQUIRED} when nothing
     * is left, or {@link IdentityCode#EMAIL_INVALID}.
     */
    public static Parsed<EmailAddress> read(String raw) {
        String email = normalise(raw);
        if (email == null || email.isEmpty()) {
            return Parsed.refused(IdentityCode.REQUIRED);
        }
        return isValid(email) ? Parsed.of(new EmailAddress(email)) : Parsed.refused(IdentityCode.EMAIL_INVALID);
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
