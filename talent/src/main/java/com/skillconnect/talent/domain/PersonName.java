package com.skillconnect.talent.domain;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** A person's first or last name: letters (with their accents), single spaces, hyphens or apostrophes between them. */
@ValueObject
public record PersonName(String value) {

    public static final int MIN_LENGTH = 2;
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[ '\\-\u2019]\\p{L}[\\p{L}\\p{M}]*)*");

    public PersonName {
        if (value == null || value.length() < MIN_LENGTH || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a name: " + value);
        }
    }

    /** A stripped, present text of at most {@code maxLength} characters (the profile's column). */
    public static Parsed<PersonName> parse(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Parsed.refused(CommonCode.TOO_LONG, maxLength);
        }
        if (text.length() < MIN_LENGTH) {
            return Parsed.refused(Code.NAME_TOO_SHORT);
        }
        if (!NAME.matcher(text).matches()) {
            return Parsed.refused(Code.NAME_INVALID);
        }
        return Parsed.of(new PersonName(text));
    }
}
