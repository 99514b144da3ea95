package com.skillconnect.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * The parsing every text field shares: present or not, a length range, a whole number, a yes/no, an
 * ISO date. Value objects build on it; it is the one place these rules are written.
 */
public final class Text {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "t", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "f", "off");

    private Text() {
    }

    /**
     * The stripped text, or null after recording why it is missing: {@link Code#REQUIRED} when not sent
     * and required, {@link Code#BLANK} when blank (and required, or {@code blankRefused}).
     */
    public static String present(Violations at, String value, boolean required, boolean blankRefused) {
        if (value == null) {
            if (required) {
                at.add(CommonCode.REQUIRED);
            }
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            if (required || blankRefused) {
                at.add(CommonCode.BLANK);
            }
            return null;
        }
        return text;
    }

    /** A present text of {@code min} to {@code max} characters. */
    public static Parsed<String> bounded(String text, int min, int max) {
        if (text.length() > max) {
            return Parsed.refused(CommonCode.TOO_LONG, max);
        }
        if (text.length() < min) {
            return Parsed.refused(CommonCode.TOO_SHORT, min);
        }
        return Parsed.of(text);
    }

    /** A whole number, also written with a zero fraction ({@code 30.0}); at most 9 digits. */
    public static Parsed<Integer> integer(String text, int min, int max) {
        if (!text.matches("[+-]?\\d{1,9}(\\.0*)?")) {
            return Parsed.refused(CommonCode.NOT_AN_INTEGER);
        }
        int value = Integer.parseInt(text.replaceFirst("\\.0*$", ""));
        if (value < min) {
            return Parsed.refused(CommonCode.TOO_SMALL, min);
        }
        if (value > max) {
            return Parsed.refused(CommonCode.TOO_BIG, max);
        }
        return Parsed.of(value);
    }

    /** Yes or no, in the spellings forms use ({@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}…). */
    public static Parsed<Boolean> bool(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(key)) {
            return Parsed.of(Boolean.TRUE);
        }
        if (FALSE.contains(key)) {
            return Parsed.of(Boolean.FALSE);
        }
        return Parsed.refused(CommonCode.NOT_A_BOOLEAN);
    }

    /** An ISO {@code YYYY-MM-DD} date. */
    public static Parsed<LocalDate> date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Parsed.refused(CommonCode.NOT_A_DATE);
        }
        try {
            return Parsed.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Parsed.refused(CommonCode.NOT_A_DATE);
        }
    }
}
