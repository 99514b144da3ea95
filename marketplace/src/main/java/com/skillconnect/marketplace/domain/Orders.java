package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where orders of both kinds are kept: at most one live (pending or accepted) order per requester and subject. */
@Repository
@SecondaryPort
public interface Orders {

    OrderId nextId();

    /** The order of that type and id (an id of the other type is not found). */
    Optional<Order> find(OrderType type, OrderId id);

    /** Whether the requester has a live order (pending or accepted) on the subject. */
    boolean hasLive(OrderType type, long subjectId, UserId requester);

    /** The pending applications to the proposal. */
    List<Order> pendingApplications(long proposalId);

    /**
     * Saves the order now (not only at commit) and publishes the events it raised.
     *
     * @throws RuntimeException a unique-constraint failure when the requester placed another live order on the same
     *         subject at the same time (app turns it into the {@link OrderCodes#ALREADY_ACTIVE} rule), or an
     *         optimistic-locking failure when the order changed meanwhile
     */
    Order save(Order order);
}
