package com.skillconnect.marketplace.domain;

import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An order as its parties see it in lists and details: the parties' cards (from marketplace's copy of talent's
 * cards; empty names when a card is missing), what it was placed on (its snapshot; for an application also the
 * proposal's current status), the message and the status. Picture and image URLs are {@code /media/…} paths.
 */
@ValueObject
public record OrderView(long id, OrderType type, ClientSide client, FreelancerSide freelancer, Subject subject,
        String message, OrderStatus status, Instant createdAt, Instant updatedAt) {

    /** The client's card. */
    public record ClientSide(long id, String name, String accountType, String companyName, String profilePicture,
            String country, String location, String industry) {
    }

    /** The freelancer's card (there are no reviews yet: rating and review count are 0). */
    public record FreelancerSide(long id, String name, String location, int rating, int reviewCount,
            boolean isAvailable, String profilePicture) {
    }

    /**
     * The gig or proposal as ordered; {@code categoryName} null when the category is unknown, {@code proposalStatus}
     * the proposal's current status (null for a gig, or a proposal that is gone).
     */
    public record Subject(long id, String title, BigDecimal priceMin, BigDecimal priceMax, int days, long categoryId,
            String categoryName, String image, String proposalStatus) {
    }
}
