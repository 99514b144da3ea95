package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderType;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What an order is placed on, as placing needs it: a gig ({@code SERVICE}) or a proposal ({@code PROPOSAL}),
 * its owner (the gig's freelancer, the proposal's client: the deciding party), its current terms, and whether it
 * takes orders now (an active gig; an open, active proposal).
 *
 * @param ownerProfileId the owner's freelancer profile id (gig) or client profile id (proposal)
 */
@ValueObject
public record OrderSubject(OrderType type, long id, UserId owner, long ownerProfileId, OrderTerms terms,
        boolean takesOrders) {

    public OrderSubject {
        Objects.requireNonNull(type);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(terms);
        if (id <= 0 || ownerProfileId <= 0) {
            throw new IllegalArgumentException("Ids are positive");
        }
    }
}
