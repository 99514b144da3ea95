package com.skillconnect.billing.domain;

import static com.skillconnect.billing.domain.ContractStatus.ACCEPTED;
import static com.skillconnect.billing.domain.ContractStatus.DRAFT;
import static com.skillconnect.billing.domain.ContractStatus.PENDING;
import static com.skillconnect.billing.domain.ContractStatus.REJECTED;

import com.skillconnect.billing.ContractChanged;
import com.skillconnect.billing.ContractId;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The contract of one accepted order between its client and its freelancer, created by either of them (the
 * <em>creator</em>). Two state machines (docs/adr/0029-contract-states.md):
 * <pre>
 * status:    DRAFT --propose (creator)--> PENDING --accept (the other party)--> ACCEPTED
 *                                         PENDING --reject (the other party)--> REJECTED
 * workflow:  once ACCEPTED, the freelancer moves it among every value but PAID (back and forth);
 *            PAID when verified payments cover the amount ({@link #settle}).
 * </pre>
 * The creator changes the amount, deadline, terms and milestones while the contract is draft or pending; nobody
 * after. Its order never changes. Every refusal is a {@link RuleViolationException} with a code of
 * {@link BillingCodes}, at the field the request named ({@code status}, {@code workflow_status}, {@code amount}…).
 * Creating it and every change raise {@link ContractChanged} (the latest only: one per save); its repository
 * publishes it.
 */
@AggregateRoot
public class Contract extends EventRecordingAggregate {

    public static final String ORDER_TYPE = "order_type";
    public static final String ORDER_ID = "order_id";
    public static final String AMOUNT = "amount";
    public static final String DEADLINE = "deadline";
    public static final String TERMS = "terms";
    public static final String MILESTONES = "milestones";
    public static final String STATUS = "status";
    public static final String WORKFLOW = "workflow_status";

    @Identity
    private final ContractId id;
    private final OrderType orderType;
    private final OrderId orderId;
    private final UserId clientUser;
    private final UserId freelancerUser;
    private final UserId creator;
    private final Instant createdAt;
    private ContractTerms terms;
    private ContractStatus status;
    private WorkflowStatus workflow;
    private Instant updatedAt;
    private final long version;

    /** Rebuilds a contract from storage; nothing is checked. */
    public Contract(ContractId id, OrderType orderType, OrderId orderId, UserId clientUser, UserId freelancerUser,
            UserId creator, ContractTerms terms, ContractStatus status, WorkflowStatus workflow, Instant createdAt,
            Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.orderType = Objects.requireNonNull(orderType);
        this.orderId = Objects.requireNonNull(orderId);
        this.clientUser = Objects.requireNonNull(clientUser);
        this.freelancerUser = Objects.requireNonNull(freelancerUser);
        this.creator = Objects.requireNonNull(creator);
        this.terms = Objects.requireNonNull(terms);
        this.status = Objects.requireNonNull(status);
        this.workflow = Objects.requireNonNull(workflow);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * A party of the accepted order drafts (or at once proposes) its contract; the work is at planning.
     *
     * @param status   {@code DRAFT} or {@code PENDING}
     * @param workflow {@code PLANNING} (what a new contract may say)
     * @param today    the date the deadline may not lie before
     * @throws IllegalArgumentException the creator is no party of the order (the use case answers "not found" before)
     * @throws RuleViolationException   the order is not accepted, the status or workflow is not an initial one, the
     *                                  amount is zero or the deadline past
     */
    public static Contract create(ContractId id, OrderRef order, UserId creator, ContractTerms terms,
            ContractStatus status, WorkflowStatus workflow, LocalDate today, Instant now) {
        if (!order.hasParty(creator)) {
            throw new IllegalArgumentException("User " + creator + " is no party of order " + order.orderId());
        }
        Violations violations = new Violations();
        if (order.status() != OrderStatus.ACCEPTED) {
            violations.at(ORDER_ID).add(BillingCodes.ORDER_NOT_ACCEPTED);
        }
        if (status != DRAFT && status != PENDING) {
            violations.at(STATUS).add(BillingCodes.STATUS_NOT_INITIAL, status);
        }
        if (workflow != WorkflowStatus.PLANNING) {
            violations.at(WORKFLOW).add(BillingCodes.WORKFLOW_NOT_INITIAL, workflow);
        }
        checkAmount(terms.amount().amount(), violations);
        checkDeadline(terms.deadline(), today, violations);
        violations.throwIfAny();
        Contract contract = new Contract(id, order.type(), order.orderId(), order.clientUser(), order.freelancerUser(),
                creator, terms, status, workflow, now, now, 0);
        contract.changed();
        return contract;
    }

    /**
     * The creator changes some terms while the contract is draft or pending.
     *
     * @throws RuleViolationException someone else asked, the terms are fixed (accepted or rejected), the amount is
     *                                zero or the new deadline past
     */
    public void edit(UserId by, ContractTerms.Change change, LocalDate today, Instant now) {
        requireParty(by);
        if (!change.any()) {
            return;
        }
        if (status != DRAFT && status != PENDING) {
            throw refusal(firstField(change), BillingCodes.TERMS_FIXED, status);
        }
        if (!by.equals(creator)) {
            throw refusal(firstField(change), BillingCodes.ONLY_CREATOR_EDITS);
        }
        Violations violations = new Violations();
        if (change.amount() != null) {
            checkAmount(change.amount().amount(), violations);
        }
        if (change.deadline() != null) {
            checkDeadline(change.deadline(), today, violations);
        }
        violations.throwIfAny();
        terms = change.applyTo(terms);
        touch(now);
    }

    /** The creator proposes their draft to the other party. */
    public void propose(UserId by, Instant now) {
        changeStatus(PENDING, by, now);
    }

    /** The party who did not create the pending contract accepts it. */
    public void accept(UserId by, Instant now) {
        changeStatus(ACCEPTED, by, now);
    }

    /** The party who did not create the pending contract turns it down. */
    public void reject(UserId by, Instant now) {
        changeStatus(REJECTED, by, now);
    }

    /**
     * A party asks for {@code wanted}.
     *
     * @throws RuleViolationException at {@code status}, with the code of the rule that refuses the change
     */
    public void changeStatus(ContractStatus wanted, UserId by, Instant now) {
        Objects.requireNonNull(wanted);
        requireParty(by);
        boolean creating = by.equals(creator);
        if (wanted == status) {
            throw refusal(STATUS, BillingCodes.STATUS_ALREADY, status);
        }
        if (status == ACCEPTED || status == REJECTED) {
            throw refusal(STATUS, BillingCodes.STATUS_FINAL, status);
        }
        String code = switch (status) {
            case DRAFT -> switch (wanted) {
                case PENDING -> creating ? null : BillingCodes.ONLY_CREATOR_PROPOSES;
                default -> BillingCodes.NOT_PROPOSED; // ACCEPTED, REJECTED
            };
            case PENDING -> switch (wanted) {
                case ACCEPTED, REJECTED -> creating ? BillingCodes.ONLY_OTHER_PARTY : null;
                default -> BillingCodes.NO_BACK_TO_DRAFT; // DRAFT
            };
            default -> throw new IllegalStateException("A final status was handled above: " + status);
        };
        if (code != null) {
            throw refusal(STATUS, code, wanted);
        }
        status = wanted;
        touch(now);
    }

    /**
     * The freelancer moves the work of the accepted contract (any value but {@code PAID}; the same value changes
     * nothing).
     *
     * @throws RuleViolationException at {@code workflow_status}: not accepted, not the freelancer, paid asked for, or
     *                                paid already
     */
    public void moveWork(WorkflowStatus wanted, UserId by, Instant now) {
        Objects.requireNonNull(wanted);
        requireParty(by);
        if (status != ACCEPTED) {
            throw refusal(WORKFLOW, BillingCodes.WORKFLOW_NOT_ACCEPTED, status);
        }
        if (!by.equals(freelancerUser)) {
            throw refusal(WORKFLOW, BillingCodes.WORKFLOW_ONLY_FREELANCER);
        }
        if (workflow == WorkflowStatus.PAID) {
            throw refusal(WORKFLOW, BillingCodes.WORKFLOW_PAID_FINAL);
        }
        if (wanted == WorkflowStatus.PAID) {
            throw refusal(WORKFLOW, BillingCodes.WORKFLOW_PAID_BY_PAYMENT);
        }
        if (wanted != workflow) {
            workflow = wanted;
            touch(now);
        }
    }

    /**
     * Verified payments of this contract now total {@code paid}: when they cover the amount, the work is paid.
     *
     * @return true when this made the contract paid
     */
    public boolean settle(BigDecimal paid, Instant now) {
        if (status != ACCEPTED || workflow == WorkflowStatus.PAID || paid.compareTo(terms.amount().amount()) < 0) {
            return false;
        }
        workflow = WorkflowStatus.PAID;
        touch(now);
        return true;
    }

    /** What a payment request may still ask for: the amount less the requests pending or completed. */
    public BigDecimal remaining(BigDecimal pendingOrCompleted) {
        return terms.amount().amount().subtract(pendingOrCompleted).max(BigDecimal.ZERO);
    }

    public boolean hasParty(UserId user) {
        return clientUser.equals(user) || freelancerUser.equals(user);
    }

    private void requireParty(UserId by) {
        if (!hasParty(by)) {
            throw new IllegalArgumentException("User " + by + " is no party of contract " + id);
        }
    }

    private static String firstField(ContractTerms.Change change) {
        return change.amount() != null ? AMOUNT : change.deadline() != null ? DEADLINE
                : change.terms() != null ? TERMS : MILESTONES;
    }

    private static void checkAmount(BigDecimal amount, Violations violations) {
        if (amount.signum() <= 0) {
            violations.at(AMOUNT).add(BillingCodes.AMOUNT_NOT_POSITIVE);
        }
    }

    private static void checkDeadline(LocalDate deadline, LocalDate today, Violations violations) {
        if (deadline.isBefore(today)) {
            violations.at(DEADLINE).add(BillingCodes.DEADLINE_PAST);
        }
    }

    private void touch(Instant now) {
        updatedAt = now.isBefore(createdAt) ? createdAt : now;
        changed();
    }

    private void changed() {
        raiseLatest(new ContractChanged(id, orderType, orderId, clientUser, freelancerUser, updatedAt));
    }

    private static RuleViolationException refusal(String field, String code, Object... args) {
        return new RuleViolationException(new Violation(List.of(field), code, List.of(args)));
    }

    public ContractId id() { return id; }
    public OrderType orderType() { return orderType; }
    public OrderId orderId() { return orderId; }
    public UserId clientUser() { return clientUser; }
    public UserId freelancerUser() { return freelancerUser; }
    public UserId creator() { return creator; }
    public ContractTerms terms() { return terms; }
    public ContractStatus status() { return status; }
    public WorkflowStatus workflow() { return workflow; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The stored version this contract was read at (0 for a new one): a concurrent change fails the save. */
    public long version() { return version; }
}
