package com.skillconnect.marketplace.domain;

import static com.skillconnect.marketplace.OrderStatus.ACCEPTED;
import static com.skillconnect.marketplace.OrderStatus.CANCELLED;
import static com.skillconnect.marketplace.OrderStatus.COMPLETED;
import static com.skillconnect.marketplace.OrderStatus.PENDING;
import static com.skillconnect.marketplace.OrderStatus.REJECTED;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * An order, of either kind: a client's order of a freelancer's gig ({@code SERVICE}) or a freelancer's
 * application to a client's proposal ({@code PROPOSAL}). The <em>requester</em> placed it (the client; the
 * applying freelancer), the <em>decider</em> owns what it was placed on (the gig's freelancer; the proposal's
 * client). Its status follows one state machine (docs/adr/0021-order-state-machine.md):
 * <pre>
 * PENDING  --accept (decider)----------> ACCEPTED --complete (either)--> COMPLETED
 * PENDING  --reject (decider)----------> REJECTED
 * PENDING  --cancel (requester)--------> CANCELLED
 * ACCEPTED --cancel (decider)----------> CANCELLED
 * PENDING  --another application accepted (marketplace)--> REJECTED
 * </pre>
 * Every other change is refused with a code ({@link OrderCodes}); REJECTED, CANCELLED and COMPLETED are final.
 * Placing raises {@link OrderPlaced}, every change {@link OrderStatusChanged}; its repository publishes them.
 */
@AggregateRoot
public class Order extends EventRecordingAggregate {

    /** The domain's name of the field that names the gig or proposal ({@code service_id}, {@code proposal_id}). */
    public static final String SUBJECT = "subject";
    /** The domain's name of the message field. */
    public static final String MESSAGE = "message";

    @Identity
    private final OrderId id;
    private final OrderType type;
    private final long subjectId;
    private final UserId clientUser;
    private final ClientId client;
    private final UserId freelancerUser;
    private final FreelancerId freelancer;
    private final OrderTerms terms;
    private final OrderMessage message;
    private final Instant createdAt;
    private OrderStatus status;
    private Instant updatedAt;

    /** Rebuilds an order from storage; nothing is checked and no event raised. */
    public Order(OrderId id, OrderType type, long subjectId, UserId clientUser, ClientId client, UserId freelancerUser,
            FreelancerId freelancer, OrderTerms terms, OrderMessage message, OrderStatus status, Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
        this.subjectId = subjectId;
        this.clientUser = Objects.requireNonNull(clientUser);
        this.client = Objects.requireNonNull(client);
        this.freelancerUser = Objects.requireNonNull(freelancerUser);
        this.freelancer = Objects.requireNonNull(freelancer);
        this.terms = Objects.requireNonNull(terms);
        this.message = Objects.requireNonNull(message);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /**
     * The requester places a pending order on the subject, which must take orders now and not be the requester's
     * own; its terms are kept as they are now.
     *
     * @param requester the client (a gig) or the freelancer (a proposal) placing it, with their profile id
     * @throws RuleViolationException {@link OrderCodes#SUBJECT_UNAVAILABLE} or {@link OrderCodes#OWN_SUBJECT}
     */
    public static Order place(OrderId id, OrderSubject subject, Party requester, OrderMessage message, Instant now) {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(requester);
        if (!subject.takesOrders()) {
            throw new RuleViolationException(Violation.of(SUBJECT, OrderCodes.SUBJECT_UNAVAILABLE));
        }
        if (subject.owner().equals(requester.user())) {
            throw new RuleViolationException(Violation.of(SUBJECT, OrderCodes.OWN_SUBJECT));
        }
        boolean service = subject.type() == OrderType.SERVICE;
        Order order = new Order(id, subject.type(), subject.id(),
                service ? requester.user() : subject.owner(),
                new ClientId(service ? requester.profileId() : subject.ownerProfileId()),
                service ? subject.owner() : requester.user(),
                new FreelancerId(service ? subject.ownerProfileId() : requester.profileId()),
                subject.terms(), message, PENDING, now, now);
        order.raise(new OrderPlaced(order.type, id, order.subjectId, order.clientUser, order.client,
                order.freelancerUser, order.freelancer, order.terms.title(), order.terms.priceMin(),
                order.terms.priceMax(), order.terms.days(), now));
        return order;
    }

    /** The decider takes the pending order on. */
    public void accept(UserId by, Instant now) {
        changeStatus(ACCEPTED, by, now);
    }

    /** The decider turns the pending order down. */
    public void reject(UserId by, Instant now) {
        changeStatus(REJECTED, by, now);
    }

    /** The requester withdraws their pending order, or the decider calls off the accepted one. */
    public void cancel(UserId by, Instant now) {
        changeStatus(CANCELLED, by, now);
    }

    /** Either party declares the accepted order done. */
    public void complete(UserId by, Instant now) {
        changeStatus(COMPLETED, by, now);
    }

    /**
     * A party asks for {@code wanted} (accepted, rejected, cancelled or completed).
     *
     * @throws IllegalArgumentException when {@code by} is no party of the order (the use case answers "not found"
     *         before), or {@code wanted} is {@code PENDING}
     * @throws RuleViolationException with the code of the rule that refuses the change
     */
    public void changeStatus(OrderStatus wanted, UserId by, Instant now) {
        Objects.requireNonNull(wanted);
        if (!involves(by)) {
            throw new IllegalArgumentException("User " + by + " is no party of order " + id);
        }
        if (wanted == PENDING) {
            throw new IllegalArgumentException("No order goes back to pending");
        }
        refuseIfNotAllowed(wanted, isDecider(by));
        moveTo(wanted, by, now);
    }

    /** Another application to the same proposal was accepted: this pending one is rejected by marketplace. */
    public void rejectBecauseAnotherWasAccepted(Instant now) {
        if (type != OrderType.PROPOSAL || status != PENDING) {
            throw new IllegalStateException("Only a pending application gives way to another one: order " + id);
        }
        moveTo(REJECTED, null, now);
    }

    private void refuseIfNotAllowed(OrderStatus wanted, boolean decider) {
        if (wanted == status) {
            throw refusal(OrderCodes.ALREADY_IN_STATUS, status);
        }
        if (!status.live()) {
            throw refusal(OrderCodes.FINAL_STATUS, status, wanted);
        }
        String code = switch (status) {
            case PENDING -> switch (wanted) {
                case ACCEPTED, REJECTED -> decider ? null : OrderCodes.ONLY_DECIDER;
                case CANCELLED -> decider ? OrderCodes.ONLY_REQUESTER_CANCELS_PENDING : null;
                default -> OrderCodes.NOT_ACCEPTED_YET; // COMPLETED
            };
            case ACCEPTED -> switch (wanted) {
                case REJECTED -> OrderCodes.ACCEPTED_NOT_REJECTABLE;
                case CANCELLED -> decider ? null : OrderCodes.ONLY_DECIDER;
                default -> null; // COMPLETED, by either party
            };
            default -> throw new IllegalStateException("A final status was handled above: " + status);
        };
        if (code != null) {
            throw refusal(code, wanted);
        }
    }

    private void moveTo(OrderStatus next, UserId by, Instant now) {
        OrderStatus previous = status;
        status = next;
        updatedAt = now.isBefore(createdAt) ? createdAt : now;
        raise(new OrderStatusChanged(type, id, subjectId, clientUser, client, freelancerUser, freelancer,
                terms.title(), terms.priceMin(), terms.priceMax(), terms.days(), previous, next, by, updatedAt));
    }

    private static RuleViolationException refusal(String code, Object... args) {
        return new RuleViolationException(new Violation(List.of(), code, List.of(args)));
    }

    /** Whether the user is the client or the freelancer of this order. */
    public boolean involves(UserId user) {
        return clientUser.equals(user) || freelancerUser.equals(user);
    }

    /** Whether the user owns what the order was placed on (the gig's freelancer; the proposal's client). */
    public boolean isDecider(UserId user) {
        return (type == OrderType.SERVICE ? freelancerUser : clientUser).equals(user);
    }

    /** The party who placed it: the client (service order) or the applying freelancer (application). */
    public UserId requester() {
        return type == OrderType.SERVICE ? clientUser : freelancerUser;
    }

    public OrderId id() { return id; }
    public OrderType type() { return type; }
    public long subjectId() { return subjectId; }
    public UserId clientUser() { return clientUser; }
    public ClientId client() { return client; }
    public UserId freelancerUser() { return freelancerUser; }
    public FreelancerId freelancer() { return freelancer; }
    public OrderTerms terms() { return terms; }
    public OrderMessage message() { return message; }
    public OrderStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
