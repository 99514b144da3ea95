package com.skillconnect.kernel;

import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The name of a skill, as a user spelled it (a freelancer's skills, a gig's or a proposal's). Skills are
 * shared by name: two names that differ only in case are the same skill ({@link #key()}).
 */
@ValueObject
public record SkillName(String value) {

    public static final int MAX_LENGTH = 50;

    public SkillName {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a skill name: " + value);
        }
        value = value.strip().replaceAll("\\s+", " ");
    }

    /** A present (stripped) text of at most {@value #MAX_LENGTH} characters. */
    public static Parsed<SkillName> parse(String text) {
        return text.strip().length() > MAX_LENGTH ? Parsed.refused(CommonCode.TOO_LONG, MAX_LENGTH) : Parsed.of(new SkillName(text));
    }

    /** What makes two skill names the same skill. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
