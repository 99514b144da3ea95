package com.skillconnect.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A gig's details as the domain reads them from a form: every rule, on creation and on change. */
class GigDetailsTest {

    static Map<String, String> example() {
        Map<String, String> texts = new HashMap<>();
        texts.put(GigDetails.TITLE, " Website Design ");
        texts.put(GigDetails.DESCRIPTION, "Beautiful portfolio website.");
        texts.put(GigDetails.CATEGORY, "2");
        texts.put(GigDetails.PRICE, "25000");
        texts.put(GigDetails.DELIVERY_TIME, "10");
        texts.put(GigDetails.REVISIONS, "3");
        texts.put(GigDetails.FEATURED, "false");
        texts.put(GigDetails.ACTIVE, "true");
        return texts;
    }

    static GigDetails valid() {
        return GigDetails.from(ListingForm.of(example(), List.of("React", "Django")), null, new Violations());
    }

    private static List<Violation> refused(Map<String, String> texts, List<String> skills, GigDetails current) {
        Violations violations = new Violations();
        assertThat(GigDetails.from(ListingForm.of(texts, skills), current, violations)).isNull();
        return violations.list();
    }

    @Test
    void theDocumentsExampleIsReadStripped() {
        GigDetails details = valid();

        assertThat(details.title()).isEqualTo("Website Design");
        assertThat(details.categoryId()).isEqualTo(2);
        assertThat(details.skills()).extracting(SkillName::value).containsExactly("React", "Django");
        assertThat(details.price()).isEqualTo(new Money(new BigDecimal("25000")));
        assertThat(details.deliveryTime()).isEqualTo(10);
        assertThat(details.revisions()).isEqualTo(3);
        assertThat(details.featured()).isFalse();
        assertThat(details.active()).isTrue();
    }

    @Test
    void defaultsOnCreation() {
        Map<String, String> texts = example();
        texts.remove(GigDetails.REVISIONS);
        texts.remove(GigDetails.FEATURED);
        texts.remove(GigDetails.ACTIVE);

        GigDetails details = GigDetails.from(ListingForm.of(texts, null), null, new Violations());

        assertThat(details.revisions()).isZero();
        assertThat(details.featured()).isFalse();
        assertThat(details.active()).isTrue();
        assertThat(details.skills()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsRecordedOnItsField() {
        Map<String, String> texts = example();
        texts.put(GigDetails.TITLE, "x".repeat(121));
        texts.put(GigDetails.DESCRIPTION, "d".repeat(2001));
        texts.put(GigDetails.PRICE, "0");
        texts.put(GigDetails.DELIVERY_TIME, "0");
        texts.put(GigDetails.REVISIONS, "-1");
        texts.put(GigDetails.FEATURED, "perhaps");

        assertThat(refused(texts, null, null)).containsExactlyInAnyOrder(
                Violation.of(GigDetails.TITLE, CommonCode.TOO_LONG, 120),
                Violation.of(GigDetails.DESCRIPTION, CommonCode.TOO_LONG, 2000),
                Violation.of(GigDetails.PRICE, CommonCode.TOO_SMALL, "0.01"),
                Violation.of(GigDetails.DELIVERY_TIME, CommonCode.TOO_SMALL, 1),
                Violation.of(GigDetails.REVISIONS, CommonCode.TOO_SMALL, 0),
                Violation.of(GigDetails.FEATURED, CommonCode.NOT_A_BOOLEAN));
    }

    @Test
    void requiredFieldsOnCreationOnly() {
        assertThat(refused(Map.of(), null, null)).containsExactlyInAnyOrder(
                Violation.of(GigDetails.TITLE, CommonCode.REQUIRED), Violation.of(GigDetails.DESCRIPTION, CommonCode.REQUIRED),
                Violation.of(GigDetails.CATEGORY, CommonCode.REQUIRED), Violation.of(GigDetails.PRICE, CommonCode.REQUIRED),
                Violation.of(GigDetails.DELIVERY_TIME, CommonCode.REQUIRED));

        GigDetails unchanged = GigDetails.from(ListingForm.of(Map.of(), null), valid(), new Violations());
        assertThat(unchanged).isEqualTo(valid());
    }

    @Test
    void aChangeKeepsWhatWasNotSent() {
        GigDetails changed = GigDetails.from(ListingForm.of(Map.of(GigDetails.TITLE, "Updated Website Design"),
                List.of("Next.js")), valid(), new Violations());

        assertThat(changed.title()).isEqualTo("Updated Website Design");
        assertThat(changed.skills()).extracting(SkillName::value).containsExactly("Next.js");
        assertThat(changed.price()).isEqualTo(valid().price());
        assertThat(refused(Map.of(GigDetails.TITLE, "  "), null, valid()))
                .containsExactly(Violation.of(GigDetails.TITLE, CommonCode.BLANK));
    }

    @Test
    void skillsThatAreNoListOfNamesAreInvalidSkillsFormat() {
        Violations violations = new Violations();
        assertThat(GigDetails.from(new ListingForm(example(), Set.of(), null, true), null, violations)).isNull();
        assertThat(violations.list()).containsExactly(Violation.of(GigDetails.SKILLS, ListingCodes.SKILLS_FORMAT));

        assertThat(refused(example(), java.util.Arrays.asList("React", null), null))
                .containsExactly(Violation.of(GigDetails.SKILLS, ListingCodes.SKILLS_FORMAT));
        assertThat(refused(example(), List.of("x".repeat(51)), null))
                .containsExactly(Violation.of(GigDetails.SKILLS, CommonCode.TOO_LONG, 50));
        assertThat(refused(example(), java.util.Collections.nCopies(21, "Go"), null))
                .containsExactly(Violation.of(GigDetails.SKILLS, CommonCode.TOO_MANY_ITEMS, 20));
    }

    @Test
    void aListOrAnObjectWhereTextBelongsIsNotAString() {
        Map<String, String> texts = example();
        texts.remove(GigDetails.TITLE);
        Violations violations = new Violations();
        GigDetails.from(new ListingForm(texts, Set.of(GigDetails.TITLE), List.of(), false), null, violations);
        assertThat(violations.list()).containsExactly(Violation.of(GigDetails.TITLE, CommonCode.NOT_A_STRING));
    }

    @Test
    void theValueItselfRefusesWhatTheRulesRefuse() {
        GigDetails details = valid();
        assertThatThrownBy(() -> new GigDetails("", details.description(), 2, List.of(), details.price(), 1, 0, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GigDetails("t", details.description(), 2, List.of(), new Money(BigDecimal.ZERO), 1, 0, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GigDetails("t", details.description(), 2, List.of(), details.price(), 0, 0, false, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
