package com.skillconnect.talent.domain;

import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.Parsed;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a freelancer says about themselves: 10 to 2000 characters. */
@ValueObject
public record AboutText(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 2000;

    public AboutText {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not an about text: " + value);
        }
    }

    public static Parsed<AboutText> parse(String text) {
        return Text.bounded(text, MIN_LENGTH, MAX_LENGTH).map(AboutText::new);
    }
}
