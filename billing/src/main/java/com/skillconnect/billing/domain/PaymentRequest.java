package com.skillconnect.billing.domain;

import static com.skillconnect.billing.PaymentStatus.COMPLETED;
import static com.skillconnect.billing.PaymentStatus.FAILED;
import static com.skillconnect.billing.PaymentStatus.PENDING;
import static com.skillconnect.billing.PaymentStatus.REJECTED;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.PaymentRequested;
import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.PaymentStatusChanged;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.PaymentMessageRequested;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.PaymentMessageStatusChanged;
import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The freelancer of an accepted contract asks its client (the <em>payer</em>; the API's {@code payee}, the party the
 * request is addressed to) for an amount. It starts pending; the payer may reject it while it is pending; only a
 * verified payment completes it ({@link #complete}, idempotent), a failed payment fails it ({@link #fail}), and
 * nothing undoes a completion. Asking raises {@link PaymentRequested}, every change {@link PaymentStatusChanged};
 * with each, conversations' {@link PaymentMessageRequested} or {@link PaymentMessageStatusChanged}, which ask
 * conversations to show the request as a payment message of the order's conversation (conversations cannot listen to
 * billing: billing depends on it, ADR 34); its repository publishes them all in the saving transaction. A request is
 * asked from the order's conversation or from none ({@link #requireOrdersConversation}). The payer pays a pending or
 * failed request through a gateway order it keeps ({@link #checkout}, {@link #keepCheckout}): one order per request,
 * asked for again until it is paid.
 * <pre>
 * PENDING --reject (payer)------------> REJECTED
 * PENDING --complete (verified payment)--> COMPLETED <--complete-- FAILED
 * PENDING --fail (payment failed)------> FAILED
 * </pre>
 */
@AggregateRoot
public class PaymentRequest extends EventRecordingAggregate {

    public static final String CONTRACT = "contract";
    public static final String AMOUNT = "amount";
    public static final String DESCRIPTION = "description";
    public static final String METHOD = "payment_method";
    public static final String STATUS = "status";
    public static final String CONVERSATION = "conversation_id";
    /** The most characters of a description. */
    public static final int MAX_DESCRIPTION = 2000;

    @Identity
    private final PaymentRequestId id;
    private final ContractId contract;
    private final OrderId orderId;
    private final UserId requestedBy;
    private final UserId payer;
    private final Money amount;
    private final String description;
    private final PaymentMethod method;
    private final Instant createdAt;
    private PaymentStatus status;
    private String transactionId;
    private CheckoutOrder checkoutOrder;
    private Instant updatedAt;
    private final long version;

    /** Rebuilds a payment request without a gateway order from storage; nothing is checked and no event raised. */
    public PaymentRequest(PaymentRequestId id, ContractId contract, OrderId orderId, UserId requestedBy, UserId payer,
            Money amount, String description, PaymentMethod method, PaymentStatus status, String transactionId,
            Instant createdAt, Instant updatedAt, long version) {
        this(id, contract, orderId, requestedBy, payer, amount, description, method, status, transactionId, null,
                createdAt, updatedAt, version);
    }

    /**
     * Rebuilds a payment request from storage; nothing is checked and no event raised.
     *
     * @param checkoutOrder the gateway order opened for it, or null
     */
    public PaymentRequest(PaymentRequestId id, ContractId contract, OrderId orderId, UserId requestedBy, UserId payer,
            Money amount, String description, PaymentMethod method, PaymentStatus status, String transactionId,
            CheckoutOrder checkoutOrder, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.contract = Objects.requireNonNull(contract);
        this.orderId = Objects.requireNonNull(orderId);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.payer = Objects.requireNonNull(payer);
        this.amount = Objects.requireNonNull(amount);
        this.description = description == null ? "" : description;
        this.method = Objects.requireNonNull(method);
        this.status = Objects.requireNonNull(status);
        this.transactionId = transactionId;
        this.checkoutOrder = checkoutOrder;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * The contract's freelancer asks its client for {@code amount}: more than zero and at most what the contract
     * still leaves after its pending and completed requests.
     *
     * @param pendingOrCompleted the total of the contract's requests that are pending or completed
     * @throws IllegalArgumentException {@code by} is no party of the contract (the use case answers "not found" before)
     * @throws RuleViolationException   {@code by} is the client, the contract is not accepted, the amount is zero or
     *                                  more than the remainder
     */
    public static PaymentRequest request(PaymentRequestId id, Contract contract, UserId by, Money amount,
            String description, PaymentMethod method, BigDecimal pendingOrCompleted, Instant now) {
        if (!contract.hasParty(by)) {
            throw new IllegalArgumentException("User " + by + " is no party of contract " + contract.id());
        }
        if (!by.equals(contract.freelancerUser())) {
            throw refusal(CONTRACT, BillingCodes.ONLY_FREELANCER_REQUESTS);
        }
        if (contract.status() != ContractStatus.ACCEPTED) {
            throw refusal(CONTRACT, BillingCodes.CONTRACT_NOT_ACCEPTED, contract.status());
        }
        if (amount.amount().signum() <= 0) {
            throw refusal(AMOUNT, BillingCodes.PAYMENT_AMOUNT_NOT_POSITIVE);
        }
        BigDecimal remaining = contract.remaining(pendingOrCompleted);
        if (amount.amount().compareTo(remaining) > 0) {
            throw refusal(AMOUNT, BillingCodes.AMOUNT_OVER_REMAINING, remaining);
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION + " characters");
        }
        PaymentRequest request = new PaymentRequest(id, contract.id(), contract.orderId(), by, contract.clientUser(),
                amount, description, method, PENDING, null, now, now, 0);
        request.raise(new PaymentRequested(id, request.orderId, request.requestedBy, request.payer, amount.amount(),
                request.description, PENDING, now));
        request.raise(new PaymentMessageRequested(new PaymentRequestRef(id.value()), request.orderId,
                request.requestedBy, amount.amount(), request.description, shown(PENDING), now));
        return request;
    }

    /**
     * A payment request names the conversation it is asked from ({@code conversation_id}): it must be the conversation
     * of the contract's order, as billing learned it from conversations' {@code ConversationOpened}. Naming none is
     * allowed (the payment message goes to the order's conversation all the same).
     *
     * @param asked              the conversation the request names, or empty when it names none
     * @param ordersConversation the conversation of the contract's order, or empty when billing knows none yet
     * @throws RuleViolationException at {@code conversation_id}: it names another conversation, or billing knows none
     *                                for the order yet
     */
    public static void requireOrdersConversation(OptionalLong asked, Optional<ConversationId> ordersConversation) {
        if (asked.isPresent() && ordersConversation.map(ConversationId::value)
                .filter(known -> known == asked.getAsLong()).isEmpty()) {
            throw refusal(CONVERSATION, BillingCodes.NOT_ORDERS_CONVERSATION, asked.getAsLong());
        }
    }

    /**
     * The payer turns the pending request down; its amount is free again.
     *
     * @throws RuleViolationException at {@code status}: someone else asked, or the request is no longer pending
     */
    public void reject(UserId by, Instant now) {
        requireParty(by);
        if (!by.equals(payer)) {
            throw refusal(STATUS, BillingCodes.ONLY_PAYEE_REJECTS);
        }
        if (status != PENDING) {
            throw refusal(STATUS, BillingCodes.NOT_PENDING, status);
        }
        moveTo(REJECTED, now);
    }

    /**
     * A verified payment ({@code gatewayPaymentId}) paid the request. The same payment again changes nothing; a
     * request that failed before completes now (the payment went through after all).
     *
     * @return true when this completed the request, false when that payment had completed it already
     * @throws RuleViolationException the request was completed by another payment, or rejected
     */
    public boolean complete(String gatewayPaymentId, Instant at) {
        Objects.requireNonNull(gatewayPaymentId);
        if (status == COMPLETED) {
            if (gatewayPaymentId.equals(transactionId)) {
                return false;
            }
            throw refusal(STATUS, BillingCodes.ALREADY_COMPLETED);
        }
        if (status == REJECTED) {
            throw refusal(STATUS, BillingCodes.REJECTED_NOT_COMPLETED);
        }
        transactionId = gatewayPaymentId;
        moveTo(COMPLETED, at);
        return true;
    }

    /**
     * A payment of the pending request failed; its amount is free again. A completed, rejected or already failed
     * request stays as it is (a failed attempt never undoes a completion).
     *
     * @return true when this failed the request
     */
    public boolean fail(Instant at) {
        if (status != PENDING) {
            return false;
        }
        moveTo(FAILED, at);
        return true;
    }

    /**
     * The payer is about to pay: the gateway order opened for the request before, which is paid again until it is
     * paid (a failed attempt leaves it open at the gateway), or empty when none was opened yet.
     *
     * @throws IllegalArgumentException {@code by} is not the payer (the use case answers "not found" before)
     * @throws RuleViolationException   at {@code status}: the request is completed or rejected
     */
    public Optional<CheckoutOrder> checkout(UserId by) {
        requireParty(by);
        if (!by.equals(payer)) {
            throw new IllegalArgumentException("User " + by + " does not pay payment request " + id);
        }
        if (status == COMPLETED || status == REJECTED) {
            throw refusal(STATUS, BillingCodes.NOT_PAYABLE, status);
        }
        return Optional.ofNullable(checkoutOrder);
    }

    /**
     * Keeps the gateway order just opened for the request, and answers the order to pay: that one, or the one kept
     * meanwhile (by a concurrent request of the payer's), which stays.
     *
     * @throws IllegalArgumentException {@code by} is not the payer
     * @throws RuleViolationException   at {@code status}: the request was completed or rejected meanwhile
     */
    public CheckoutOrder keepCheckout(UserId by, CheckoutOrder opened) {
        Objects.requireNonNull(opened);
        Optional<CheckoutOrder> kept = checkout(by);
        if (kept.isPresent()) {
            return kept.get();
        }
        checkoutOrder = opened;
        return opened;
    }

    /** Whether {@code gatewayOrderId} names the gateway order opened for this request. */
    public boolean paidThrough(String gatewayOrderId) {
        return checkoutOrder != null && checkoutOrder.id().equals(gatewayOrderId);
    }

    /** Whether its amount still counts against the contract's (pending or completed). */
    public boolean binds() {
        return status == PENDING || status == COMPLETED;
    }

    public boolean hasParty(UserId user) {
        return requestedBy.equals(user) || payer.equals(user);
    }

    private void requireParty(UserId by) {
        if (!hasParty(by)) {
            throw new IllegalArgumentException("User " + by + " is no party of payment request " + id);
        }
    }

    private void moveTo(PaymentStatus next, Instant now) {
        status = next;
        updatedAt = now.isBefore(createdAt) ? createdAt : now;
        raise(new PaymentStatusChanged(id, orderId, next, updatedAt));
        raise(new PaymentMessageStatusChanged(new PaymentRequestRef(id.value()), orderId, shown(next), updatedAt));
    }

    /** The status a request's payment message shows. */
    private static PaymentMessageStatus shown(PaymentStatus status) {
        return switch (status) {
            case PENDING -> PaymentMessageStatus.PENDING;
            case COMPLETED -> PaymentMessageStatus.COMPLETED;
            case FAILED -> PaymentMessageStatus.FAILED;
            case REJECTED -> PaymentMessageStatus.REJECTED;
        };
    }

    private static RuleViolationException refusal(String field, String code, Object... args) {
        return new RuleViolationException(new Violation(List.of(field), code, List.of(args)));
    }

    public PaymentRequestId id() { return id; }
    public ContractId contract() { return contract; }
    public OrderId orderId() { return orderId; }
    public UserId requestedBy() { return requestedBy; }
    /** The client, who is asked to pay (the API's {@code payee}). */
    public UserId payer() { return payer; }
    public Money amount() { return amount; }
    public String description() { return description; }
    public PaymentMethod method() { return method; }
    public PaymentStatus status() { return status; }
    /** The gateway's payment id once a verified payment completed it. */
    public Optional<String> transactionId() { return Optional.ofNullable(transactionId); }
    /** The gateway order opened for it, once the payer went to the checkout. */
    public Optional<CheckoutOrder> checkoutOrder() { return Optional.ofNullable(checkoutOrder); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
