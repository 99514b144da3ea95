package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderType;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads of orders straight from storage with the parties' cards, bypassing the aggregate; each runs a constant
 * number of statements whatever the page size. A party sees only the orders they are a party of.
 */
@SecondaryPort
public interface OrderQueries {

    /** The party's orders of that type, newest first unless {@code oldestFirst}. */
    OrderPage list(OrderType type, UserId party, boolean oldestFirst, long offset, int limit);

    /** One order of that type, when the user is one of its parties. */
    Optional<OrderView> one(OrderType type, long id, UserId party);
}
