package com.skillconnect.marketplace.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A gig's or a proposal's fields as a request sent them, not checked yet, by the domain's field names (the
 * constants of {@link GigDetails} and {@link ProposalDetails}): each sent scalar as text (numbers and booleans
 * too), the skill names ({@code null} when no skills were sent) and whether the skills could not be read at all.
 * A field absent from {@code texts} was not sent; {@code notText} names the fields sent as a list or an object.
 */
public record ListingForm(Map<String, String> texts, Set<String> notText, List<String> skills, boolean skillsUnreadable) {

    public ListingForm {
        texts = Map.copyOf(texts);
        notText = Set.copyOf(notText);
        skills = skills == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(skills));
    }

    /** The text sent for a field, or null when it was not sent. */
    public String text(String field) {
        return texts.get(field);
    }

    public boolean sent(String field) {
        return texts.containsKey(field) || notText.contains(field);
    }

    /** A form of these texts only (tests). */
    public static ListingForm of(Map<String, String> texts, List<String> skills) {
        Objects.requireNonNull(texts);
        return new ListingForm(texts, Set.of(), skills, false);
    }
}
