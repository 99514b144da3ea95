package com.skillconnect.marketplace;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An order moved from {@code previous} to {@code status}, by {@code changedBy} (a party of the order), or by
 * marketplace itself when another application to the same proposal was accepted ({@code changedBy} null). Carries
 * the same description of the order as {@link OrderPlaced}, so that a consumer that missed the placement (or
 * receives the events out of order) still knows the whole order; consumers keep the change with the latest
 * {@code changedAt}.
 */
@DomainEvent
public record OrderStatusChanged(OrderType type, OrderId orderId, long subjectId, UserId clientUser, ClientId client,
        UserId freelancerUser, FreelancerId freelancer, String title, BigDecimal priceMin, BigDecimal priceMax, int days,
        OrderStatus previous, OrderStatus status, UserId changedBy, Instant changedAt) {

    public OrderStatusChanged {
        Objects.requireNonNull(type);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        Objects.requireNonNull(previous);
        Objects.requireNonNull(status);
        Objects.requireNonNull(changedAt);
    }
}
