package com.skillconnect.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A proposal's details as the domain reads them from a form: the budget range, the timeline, the scope. */
class ProposalDetailsTest {

    static Map<String, String> example() {
        Map<String, String> texts = new HashMap<>();
        texts.put(ProposalDetails.TITLE, "Landing Page Design Required");
        texts.put(ProposalDetails.DESCRIPTION, "Need a creative landing page for our startup.");
        texts.put(ProposalDetails.CATEGORY, "2");
        texts.put(ProposalDetails.BUDGET_MIN, "10000");
        texts.put(ProposalDetails.BUDGET_MAX, "30000");
        texts.put(ProposalDetails.TIMELINE_DAYS, "7");
        texts.put(ProposalDetails.PROJECT_SCOPE, "Single page app");
        texts.put(ProposalDetails.URGENT, "true");
        return texts;
    }

    static ProposalDetails valid() {
        return ProposalDetails.from(ListingForm.of(example(), List.of("UI/UX", "React")), null, new Violations());
    }

    private static List<Violation> refused(Map<String, String> texts, ProposalDetails current) {
        Violations violations = new Violations();
        assertThat(ProposalDetails.from(ListingForm.of(texts, null), current, violations)).isNull();
        return violations.list();
    }

    @Test
    void theDocumentsExample() {
        ProposalDetails details = valid();
        assertThat(details.budgetMin().amount()).isEqualByComparingTo("10000");
        assertThat(details.budgetMax().amount()).isEqualByComparingTo("30000");
        assertThat(details.timelineDays()).isEqualTo(7);
        assertThat(details.projectScope()).isEqualTo("Single page app");
        assertThat(details.urgent()).isTrue();
        assertThat(details.active()).isTrue();
    }

    @Test
    void theBudgetIsAboveZeroAndItsMinimumNotAboveItsMaximum() {
        Map<String, String> texts = example();
        texts.put(ProposalDetails.BUDGET_MIN, "0");
        texts.put(ProposalDetails.BUDGET_MAX, "-1");
        texts.put(ProposalDetails.TIMELINE_DAYS, "0");
        assertThat(refused(texts, null)).containsExactlyInAnyOrder(
                Violation.of(ProposalDetails.BUDGET_MIN, CommonCode.TOO_SMALL, "0.01"),
                Violation.of(ProposalDetails.BUDGET_MAX, CommonCode.TOO_SMALL, "0.01"),
                Violation.of(ProposalDetails.TIMELINE_DAYS, CommonCode.TOO_SMALL, 1));

        texts = example();
        texts.put(ProposalDetails.BUDGET_MIN, "500");
        texts.put(ProposalDetails.BUDGET_MAX, "100");
        assertThat(refused(texts, null)).containsExactly(Violation.of(ProposalDetails.BUDGET_MAX, ProposalCodes.BUDGET_RANGE, "500"));

        texts.put(ProposalDetails.BUDGET_MAX, "500");
        assertThat(ProposalDetails.from(ListingForm.of(texts, null), null, new Violations())).isNotNull();
    }

    @Test
    void aChangeIsCheckedAgainstWhatItKeeps() {
        assertThat(refused(Map.of(ProposalDetails.BUDGET_MIN, "40000"), valid()))
                .containsExactly(Violation.of(ProposalDetails.BUDGET_MAX, ProposalCodes.BUDGET_RANGE, "40000"));
        ProposalDetails changed = ProposalDetails.from(ListingForm.of(Map.of(ProposalDetails.PROJECT_SCOPE, ""), null),
                valid(), new Violations());
        assertThat(changed.projectScope()).isEmpty();
        assertThat(changed.skills()).isEqualTo(valid().skills());
    }

    @Test
    void theScopeIsOptionalAndBounded() {
        Map<String, String> texts = example();
        texts.remove(ProposalDetails.PROJECT_SCOPE);
        assertThat(ProposalDetails.from(ListingForm.of(texts, null), null, new Violations()).projectScope()).isEmpty();
        texts.put(ProposalDetails.PROJECT_SCOPE, "s".repeat(2001));
        assertThat(refused(texts, null)).containsExactly(Violation.of(ProposalDetails.PROJECT_SCOPE, CommonCode.TOO_LONG, 2000));
    }
}
