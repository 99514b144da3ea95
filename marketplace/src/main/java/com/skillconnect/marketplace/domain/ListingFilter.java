package com.skillconnect.marketplace.domain;

import java.math.BigDecimal;

/**
 * An explore request, for gigs and proposals alike: free text, a category, an amount range (a gig's price; a
 * proposal's budget: its minimum at least {@code minAmount}, its maximum at most {@code maxAmount}), a longest
 * delivery time (a proposal's timeline), a skill name, an ordering (null: relevance when searching, else newest
 * first) and a window. Null means no filter.
 */
public record ListingFilter(String search, Long categoryId, BigDecimal minAmount, BigDecimal maxAmount, Integer maxDays,
        String skill, ListingOrdering ordering, long offset, int limit) {

    public ListingFilter {
        search = blankToNull(search);
        skill = blankToNull(skill);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("Bad window: offset " + offset + ", limit " + limit);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
