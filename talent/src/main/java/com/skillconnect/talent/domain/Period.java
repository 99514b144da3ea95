package com.skillconnect.talent.domain;

import com.skillconnect.kernel.Parsed;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/** From a date to another, or ongoing (then with no end date); the end not before the start. */
@ValueObject
public record Period(LocalDate start, LocalDate end, boolean ongoing) {

    public Period {
        if (start == null || ongoing && end != null || end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Not a period: " + start + "–" + end + (ongoing ? " (ongoing)" : ""));
        }
    }

    /** The period of two parsed dates; refused (about the end) when impossible. */
    public static Parsed<Period> of(LocalDate start, LocalDate end, boolean ongoing) {
        if (ongoing && end != null) {
            return Parsed.refused(Code.ONGOING_WITH_END_DATE);
        }
        if (end != null && end.isBefore(start)) {
            return Parsed.refused(Code.END_DATE_BEFORE_START);
        }
        return Parsed.of(new Period(start, end, ongoing));
    }
}
