package com.skillconnect.billing.domain;

import com.skillconnect.marketplace.OrderId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Billing's own copy of the orders marketplace announces: which exist, their parties and statuses. */
@SecondaryPort
public interface OrderBook {

    /**
     * Keeps the order unless the copy kept changed later: a replayed or late event changes nothing.
     *
     * @return true when the copy kept changed
     */
    boolean keep(OrderRef order, Instant changedAt);

    Optional<OrderRef> find(OrderId order);
}
