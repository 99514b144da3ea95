package com.skillconnect.talent.domain;

import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.Parsed;
import org.jmolecules.ddd.annotation.ValueObject;

/** From one year to another (no end while still going on), each 1900–2100, the end not before the start. */
@ValueObject
public record YearRange(int start, Integer end) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    public YearRange {
        if (start < MIN_YEAR || start > MAX_YEAR || end != null && (end < start || end > MAX_YEAR)) {
            throw new IllegalArgumentException("Not a year range: " + start + "–" + end);
        }
    }

    public static Parsed<Integer> year(String text) {
        return Text.integer(text, MIN_YEAR, MAX_YEAR);
    }

    /** The range of two parsed years; refused (about the end) when it ends before it starts. */
    public static Parsed<YearRange> of(int start, Integer end) {
        return inOrder(start, end) ? Parsed.of(new YearRange(start, end)) : Parsed.refused(Code.END_YEAR_BEFORE_START);
    }

    /** Whether a range of these years (whatever their range) would end no earlier than it starts. */
    public static boolean inOrder(int start, Integer end) {
        return end == null || end >= start;
    }
}
