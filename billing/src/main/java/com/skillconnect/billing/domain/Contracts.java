package com.skillconnect.billing.domain;

import com.skillconnect.billing.ContractId;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where contracts are kept: at most one live (draft, pending or accepted) contract per order. */
@Repository
@SecondaryPort
public interface Contracts {

    ContractId nextId();

    Optional<Contract> find(ContractId id);

    /** The contract, its row locked until the transaction ends (payment requests on it wait for each other). */
    Optional<Contract> findLocked(ContractId id);

    /**
     * The user's contracts (as client or freelancer), newest first; of one order when {@code order} is given (and of
     * one order type when {@code type} is).
     */
    List<Contract> ofParty(UserId user, OrderType type, OrderId order, int limit);

    /** Whether the order has a live contract. */
    boolean hasLive(OrderId order);

    /**
     * Saves the contract now.
     *
     * @throws RuntimeException a unique-constraint failure when another live contract of the order was saved at the
     *         same time (app turns it into {@link BillingCodes#ALREADY_CONTRACTED}), or an optimistic-locking failure
     *         when the contract changed since it was read
     */
    Contract save(Contract contract);
}
