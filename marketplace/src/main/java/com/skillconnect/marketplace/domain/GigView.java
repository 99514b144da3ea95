package com.skillconnect.marketplace.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** A gig as the API answers it (the owner's endpoints and explore alike); {@code image} is a {@code /media/…} path. */
public record GigView(long id, String title, String description, CategoryRef category, List<Skill> skillsOutput,
        FreelancerCardView freelancer, BigDecimal price, int deliveryTime, int revisions, String image,
        boolean isFeatured, boolean isActive, Instant createdAt, Instant updatedAt) {

    public GigView withMedia(UnaryOperator<String> url) {
        return new GigView(id, title, description, category, skillsOutput, freelancer.withMedia(url), price, deliveryTime,
                revisions, url.apply(image), isFeatured, isActive, createdAt, updatedAt);
    }
}
