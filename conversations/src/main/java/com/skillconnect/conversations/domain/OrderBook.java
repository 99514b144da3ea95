package com.skillconnect.conversations.domain;

import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Conversations' own copy of the orders marketplace announces. */
@SecondaryPort
public interface OrderBook {

    /**
     * Keeps the order unless the copy kept changed later: a replayed or late event changes nothing.
     *
     * @return true when the copy kept changed
     */
    boolean keep(OrderRef order, OrderStatus status, Instant changedAt);

    Optional<OrderRef> find(OrderId order);
}
