package com.skillconnect.billing.application;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.BillingQueries;
import com.skillconnect.billing.domain.BillingViews.ActiveContract;
import com.skillconnect.billing.domain.BillingViews.FreelancerCard;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.billing.domain.ContractTerms;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.billing.domain.OrderRef;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts: a party of an accepted order creates its contract (one live contract per order), the parties move it
 * through its two state machines and the creator edits it while it is open (docs/adr/0029-contract-states.md); the
 * lists. A contract the caller is no party of does not exist for them.
 */
@Service
public class Contracting {

    /** The bound of the plain lists: far above any user's real number of contracts. */
    public static final int LIST_LIMIT = 1000;

    private final Contracts contracts;
    private final OrderBook orders;
    private final BillingQueries queries;
    private final Clock clock;

    Contracting(Contracts contracts, OrderBook orders, BillingQueries queries, Clock clock) {
        this.contracts = contracts;
        this.orders = orders;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a change asks for; null fields are left as they are. */
    public record ContractChange(ContractTerms.Change terms, ContractStatus status, WorkflowStatus workflow) {
    }

    /**
     * @throws RuleViolationException no accepted order of the caller's has that type and id, the order has a live
     *                                contract, or the contract's rules refuse the values
     */
    @Transactional
    public Contract create(UserId user, OrderType type, long orderId, ContractTerms terms, ContractStatus status,
            WorkflowStatus workflow) {
        OrderRef order = (orderId > 0 ? orders.find(new OrderId(orderId)) : java.util.Optional.<OrderRef>empty())
                .filter(found -> found.type() == type && found.hasParty(user))
                .orElseThrow(() -> new RuleViolationException(Violation.of(Contract.ORDER_ID,
                        BillingCodes.ORDER_NOT_ACCEPTED)));
        if (contracts.hasLive(order.orderId())) {
            throw new RuleViolationException(Violation.of(Contract.ORDER_ID, BillingCodes.ALREADY_CONTRACTED));
        }
        Instant now = now();
        return contracts.save(Contract.create(contracts.nextId(), order, user, terms, status, workflow, today(now), now));
    }

    /**
     * Applies the edit, then the status, then the workflow change, all or nothing.
     *
     * @throws NotFoundException      the caller is no party of such a contract
     * @throws RuleViolationException a state machine or the editing rule refuses
     */
    @Transactional
    public Contract change(UserId user, long id, ContractChange change) {
        Contract contract = one(user, id);
        if (change.terms() == null && change.status() == null && change.workflow() == null) {
            return contract; // nothing asked for (unknown fields are ignored)
        }
        Instant now = now();
        if (change.terms() != null) {
            contract.edit(user, change.terms(), today(now), now);
        }
        if (change.status() != null) {
            contract.changeStatus(change.status(), user, now);
        }
        if (change.workflow() != null) {
            contract.moveWork(change.workflow(), user, now);
        }
        return contracts.save(contract);
    }

    @Transactional
    public Contract accept(UserId user, long id) {
        return change(user, id, new ContractChange(null, ContractStatus.ACCEPTED, null));
    }

    @Transactional
    public Contract reject(UserId user, long id) {
        return change(user, id, new ContractChange(null, ContractStatus.REJECTED, null));
    }

    /** @throws NotFoundException the caller is no party of such a contract */
    @Transactional(readOnly = true)
    public Contract one(UserId user, long id) {
        return (id > 0 ? contracts.find(new ContractId(id)) : java.util.Optional.<Contract>empty())
                .filter(contract -> contract.hasParty(user))
                .orElseThrow(() -> new NotFoundException("contract " + id));
    }

    /** The caller's contracts, newest first; of one order when {@code orderId} is given, of one type when {@code type} is. */
    @Transactional(readOnly = true)
    public List<Contract> list(UserId user, OrderType type, Long orderId) {
        if (orderId != null && orderId <= 0) {
            return List.of();
        }
        return contracts.ofParty(user, type, orderId == null ? null : new OrderId(orderId), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ActiveContract> active(UserId user) {
        return queries.active(user, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<FreelancerCard> uniqueFreelancers(UserId client) {
        return queries.uniqueFreelancers(client, LIST_LIMIT);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
