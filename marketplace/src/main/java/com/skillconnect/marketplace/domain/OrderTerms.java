package com.skillconnect.marketplace.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What an order was placed on, as it was then: the gig's or the proposal's title, the gig's price (as both
 * bounds) or the proposal's budget range, the delivery time or timeline in days, the category and the gig's
 * image ({@code /media/…} path, null for proposals and gigs without one). Kept with the order so that it
 * shows what it showed even after the gig or proposal changes or goes.
 */
@ValueObject
public record OrderTerms(String title, BigDecimal priceMin, BigDecimal priceMax, int days, long categoryId, String image) {

    public OrderTerms {
        Objects.requireNonNull(title);
        Objects.requireNonNull(priceMin);
        Objects.requireNonNull(priceMax);
        if (priceMax.compareTo(priceMin) < 0) {
            throw new IllegalArgumentException("A price range ends at or above its start");
        }
    }

    /** A gig's terms: one price. */
    public static OrderTerms ofGig(String title, BigDecimal price, int deliveryDays, long categoryId, String image) {
        return new OrderTerms(title, price, price, deliveryDays, categoryId, image);
    }

    /** A proposal's terms: a budget range, no image. */
    public static OrderTerms ofProposal(String title, BigDecimal budgetMin, BigDecimal budgetMax, int timelineDays,
            long categoryId) {
        return new OrderTerms(title, budgetMin, budgetMax, timelineDays, categoryId, null);
    }
}
