package com.skillconnect.marketplace.domain;

import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Violations;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a freelancer states about a gig, checked: a title of up to {@value #TITLE_MAX} characters, a description of
 * up to {@value #DESCRIPTION_MAX}, a category (its existence is the use case's to check), skills, a price above
 * zero, a delivery time of at least one day, revisions from zero, and whether it is featured and active.
 */
@ValueObject
public record GigDetails(String title, String description, long categoryId, List<SkillName> skills, Money price,
        int deliveryTime, int revisions, boolean featured, boolean active) {

    // the domain's field names (the web adapter spells them for the API)
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category";
    public static final String SKILLS = "skills";
    public static final String PRICE = "price";
    public static final String DELIVERY_TIME = "delivery_time";
    public static final String REVISIONS = "revisions";
    public static final String FEATURED = "featured";
    public static final String ACTIVE = "active";
    public static final String IMAGE = "image";

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;

    public GigDetails {
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(price);
        skills = List.copyOf(skills);
        if (title.isBlank() || title.length() > TITLE_MAX || description.isBlank() || description.length() > DESCRIPTION_MAX
                || categoryId <= 0 || price.amount().signum() <= 0 || deliveryTime < 1 || revisions < 0) {
            throw new IllegalArgumentException("Not a gig's details: " + title);
        }
    }

    /**
     * The details a form states: on creation ({@code current} null) title, description, category, price and
     * delivery time are required; otherwise every field not sent keeps its current value (PUT and PATCH alike: the
     * document's update example sends two fields). Records every broken rule in {@code violations} and answers
     * null when any.
     */
    public static GigDetails from(ListingForm form, GigDetails current, Violations violations) {
        boolean creating = current == null;
        ListingFields fields = new ListingFields(form, violations, creating);
        String title = fields.text(TITLE, TITLE_MAX, creating ? null : current.title());
        String description = fields.text(DESCRIPTION, DESCRIPTION_MAX, creating ? null : current.description());
        Long category = fields.id(CATEGORY, creating ? null : current.categoryId());
        List<SkillName> skills = fields.skills(SKILLS, creating ? null : current.skills());
        Money price = fields.positiveAmount(PRICE, creating ? null : current.price());
        Integer deliveryTime = fields.integer(DELIVERY_TIME, 1, creating ? null : current.deliveryTime());
        Integer revisions = fields.optionalInteger(REVISIONS, 0, 0, creating ? null : current.revisions());
        Boolean featured = fields.bool(FEATURED, false, creating ? null : current.featured());
        Boolean active = fields.bool(ACTIVE, true, creating ? null : current.active());
        if (violations.any()) {
            return null;
        }
        return new GigDetails(title, description, category, skills, price, deliveryTime, revisions, featured, active);
    }
}
