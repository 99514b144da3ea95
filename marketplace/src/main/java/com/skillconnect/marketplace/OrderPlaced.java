package com.skillconnect.marketplace;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A client ordered a gig, or a freelancer applied to a proposal: the order is pending. Carries what
 * conversations and billing show of an order, so that they never ask marketplace.
 *
 * @param subjectId      the gig's id ({@code SERVICE}) or the proposal's id ({@code PROPOSAL})
 * @param title          the gig's or the proposal's title at the time of ordering
 * @param priceMin       the gig's price, or the proposal's minimum budget
 * @param priceMax       the gig's price again, or the proposal's maximum budget
 * @param days           the gig's delivery time or the proposal's timeline, in days
 */
@DomainEvent
public record OrderPlaced(OrderType type, OrderId orderId, long subjectId, UserId clientUser, ClientId client,
        UserId freelancerUser, FreelancerId freelancer, String title, BigDecimal priceMin, BigDecimal priceMax, int days,
        Instant placedAt) {

    public OrderPlaced {
        Objects.requireNonNull(type);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        Objects.requireNonNull(placedAt);
    }
}
