package com.skillconnect.talent.domain;

import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.Parsed;
import org.jmolecules.ddd.annotation.ValueObject;

/** A freelancer's age in years: 16 to 100. */
@ValueObject
public record Age(int years) {

    public static final int MIN = 16;
    public static final int MAX = 100;

    public Age {
        if (years < MIN || years > MAX) {
            throw new IllegalArgumentException("Not an age: " + years);
        }
    }

    public static Parsed<Age> parse(String text) {
        return Text.integer(text, MIN, MAX).map(Age::new);
    }
}
