package com.skillconnect.marketplace.domain;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a {@link ListingForm} field by field into the values of a gig or a proposal, shared by both: a field not
 * sent keeps its current value ({@code current}, null on creation, when a required field is refused as missing),
 * a field sent is checked with the kernel's rules; every broken rule is recorded, under the field's domain name.
 */
final class ListingFields {

    /** At most this many skills on a gig or a proposal. */
    static final int MAX_SKILLS = 20;

    private final ListingForm form;
    private final Violations violations;
    private final boolean creating;

    ListingFields(ListingForm form, Violations violations, boolean creating) {
        this.form = form;
        this.violations = violations;
        this.creating = creating;
    }

    /** A text of 1 to {@code max} characters. */
    String text(String field, int max, String current) {
        return read(field, current, true, text -> Text.bounded(text, 1, max));
    }

    /** A text of up to {@code max} characters, blank allowed (then empty). */
    String optionalText(String field, int max, String current) {
        if (!form.sent(field)) {
            return current == null ? "" : current;
        }
        if (form.notText().contains(field)) {
            violations.at(field).add(CommonCode.NOT_A_STRING);
            return current;
        }
        String text = form.text(field).strip();
        String value = violations.at(field).take(Text.bounded(text, 0, max));
        return value == null ? current : value;
    }

    Integer integer(String field, int min, Integer current) {
        return read(field, current, true, text -> Text.integer(text, min, Integer.MAX_VALUE));
    }

    Integer optionalInteger(String field, int min, int defaultValue, Integer current) {
        return read(field, current == null ? Integer.valueOf(defaultValue) : current, false,
                text -> Text.integer(text, min, Integer.MAX_VALUE));
    }

    /** An amount above zero (at least 0.01). */
    Money positiveAmount(String field, Money current) {
        return read(field, current, true, text -> Money.parseAtLeast(text, new BigDecimal("0.01"), "0.01"));
    }

    Boolean bool(String field, boolean defaultValue, Boolean current) {
        return read(field, current == null ? Boolean.valueOf(defaultValue) : current, false, Text::bool);
    }

    /** An id (a whole number from 1). */
    Long id(String field, Long current) {
        Integer parsed = read(field, null, true, text -> Text.integer(text, 1, Integer.MAX_VALUE));
        return parsed == null ? current : Long.valueOf(parsed);
    }

    /** The skill names sent (none sent: {@code current}, or none on creation). */
    List<SkillName> skills(String field, List<SkillName> current) {
        Violations at = violations.at(field);
        if (form.skillsUnreadable()) {
            at.add(ListingCodes.SKILLS_FORMAT);
            return current;
        }
        if (form.skills() == null) {
            return current == null ? List.of() : current;
        }
        if (form.skills().size() > MAX_SKILLS) {
            at.add(CommonCode.TOO_MANY_ITEMS, MAX_SKILLS);
            return current;
        }
        List<SkillName> names = new ArrayList<>();
        for (String name : form.skills()) {
            if (name == null || name.isBlank()) {
                at.add(ListingCodes.SKILLS_FORMAT);
                return current;
            }
            SkillName parsed = at.take(SkillName.parse(name));
            if (parsed == null) {
                return current;
            }
            names.add(parsed);
        }
        return List.copyOf(names);
    }

    private <T> T read(String field, T current, boolean required, Function<String, com.skillconnect.kernel.Parsed<T>> parse) {
        Violations at = violations.at(field);
        if (form.notText().contains(field)) {
            at.add(CommonCode.NOT_A_STRING);
            return current;
        }
        String text = Text.present(at, form.text(field), required && creating && current == null, form.sent(field));
        if (text == null) {
            return current;
        }
        T value = at.take(parse.apply(text));
        return value == null ? current : value;
    }
}
