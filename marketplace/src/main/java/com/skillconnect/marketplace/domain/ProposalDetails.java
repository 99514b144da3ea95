package com.skillconnect.marketplace.domain;

import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Violations;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a client states about a project, checked: a title of up to {@value #TITLE_MAX} characters, a description of
 * up to {@value #DESCRIPTION_MAX}, a category (its existence is the use case's to check), required skills, a budget
 * range above zero whose minimum is not above its maximum, a timeline of at least one day, a free-text project
 * scope (up to {@value #SCOPE_MAX}), and whether it is urgent and active.
 */
@ValueObject
public record ProposalDetails(String title, String description, long categoryId, List<SkillName> skills,
        Money budgetMin, Money budgetMax, int timelineDays, String projectScope, boolean urgent, boolean active) {

    // the domain's field names (the web adapter spells them for the API)
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category";
    public static final String SKILLS = "skills";
    public static final String BUDGET_MIN = "budget_min";
    public static final String BUDGET_MAX = "budget_max";
    public static final String TIMELINE_DAYS = "timeline_days";
    public static final String PROJECT_SCOPE = "project_scope";
    public static final String URGENT = "urgent";
    public static final String ACTIVE = "active";

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int SCOPE_MAX = 2000;

    public ProposalDetails {
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(projectScope);
        skills = List.copyOf(skills);
        if (title.isBlank() || title.length() > TITLE_MAX || description.isBlank() || description.length() > DESCRIPTION_MAX
                || projectScope.length() > SCOPE_MAX || categoryId <= 0 || budgetMin.amount().signum() <= 0
                || budgetMin.amount().compareTo(budgetMax.amount()) > 0 || timelineDays < 1) {
            throw new IllegalArgumentException("Not a proposal's details: " + title);
        }
    }

    /**
     * The details a form states: on creation ({@code current} null) title, description, category, both budgets and
     * the timeline are required; otherwise every field not sent keeps its current value. A budget range whose
     * minimum lies above its maximum (after merging) is refused on {@code budget_max}. Records every broken rule in
     * {@code violations} and answers null when any.
     */
    public static ProposalDetails from(ListingForm form, ProposalDetails current, Violations violations) {
        boolean creating = current == null;
        ListingFields fields = new ListingFields(form, violations, creating);
        String title = fields.text(TITLE, TITLE_MAX, creating ? null : current.title());
        String description = fields.text(DESCRIPTION, DESCRIPTION_MAX, creating ? null : current.description());
        Long category = fields.id(CATEGORY, creating ? null : current.categoryId());
        List<SkillName> skills = fields.skills(SKILLS, creating ? null : current.skills());
        Money budgetMin = fields.positiveAmount(BUDGET_MIN, creating ? null : current.budgetMin());
        Money budgetMax = fields.positiveAmount(BUDGET_MAX, creating ? null : current.budgetMax());
        Integer timeline = fields.integer(TIMELINE_DAYS, 1, creating ? null : current.timelineDays());
        String scope = fields.optionalText(PROJECT_SCOPE, SCOPE_MAX, creating ? null : current.projectScope());
        Boolean urgent = fields.bool(URGENT, false, creating ? null : current.urgent());
        Boolean active = fields.bool(ACTIVE, true, creating ? null : current.active());
        if (budgetMin != null && budgetMax != null && budgetMin.amount().compareTo(budgetMax.amount()) > 0) {
            violations.at(BUDGET_MAX).add(ProposalCodes.BUDGET_RANGE, budgetMin.amount().toPlainString());
        }
        if (violations.any()) {
            return null;
        }
        return new ProposalDetails(title, description, category, skills, budgetMin, budgetMax, timeline, scope, urgent, active);
    }
}
