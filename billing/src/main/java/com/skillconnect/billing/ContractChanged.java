package com.skillconnect.billing;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A contract was created or changed (status, workflow, terms, paid). Raised by the contract itself, published when it
 * is saved, in the saving transaction; billing pushes the contract as it now is to the order's contract sockets. One
 * per save, however many changes the save held.
 *
 * @param orderType      the type of the contract's order ({@code /ws/messaging/contracts/<type>/<order id>/})
 * @param clientUser     the order's client
 * @param freelancerUser the order's freelancer
 */
@DomainEvent
public record ContractChanged(ContractId contract, OrderType orderType, OrderId orderId, UserId clientUser,
        UserId freelancerUser, Instant changedAt) {

    public ContractChanged {
        Objects.requireNonNull(contract);
        Objects.requireNonNull(orderType);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        Objects.requireNonNull(changedAt);
    }
}
