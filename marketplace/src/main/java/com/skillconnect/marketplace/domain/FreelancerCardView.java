package com.skillconnect.marketplace.domain;

import java.util.function.UnaryOperator;

/**
 * A freelancer as gigs show them, from marketplace's copy of their card: no review exists yet, so
 * {@code rating} and {@code reviewCount} are 0. {@code profilePicture} is a {@code /media/…} path (null: none).
 */
public record FreelancerCardView(long id, String firstName, String lastName, String name, String profilePicture,
        String location, String country, boolean isAvailable, int rating, int reviewCount) {

    public FreelancerCardView withMedia(UnaryOperator<String> url) {
        return new FreelancerCardView(id, firstName, lastName, name, url.apply(profilePicture), location, country,
                isAvailable, rating, reviewCount);
    }
}
