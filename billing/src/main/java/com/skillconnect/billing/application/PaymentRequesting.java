package com.skillconnect.billing.application;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.BillingQueries;
import com.skillconnect.billing.domain.BillingViews.PaymentPage;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.OrderConversations;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment requests: the freelancer of an accepted contract asks its client for an amount the contract still leaves
 * (the contract's row is locked meanwhile, so two requests at once cannot together exceed it); the client (the
 * request's payee) rejects a pending one; the lists. A request names the order's conversation or none (billing knows
 * it from conversations' {@code ConversationOpened}). Conversations shows each request as a payment message, from the
 * {@code PaymentMessageRequested} event the request raises. A request the caller is no party of does not exist for
 * them.
 */
@Service
public class PaymentRequesting {

    private final Contracts contracts;
    private final PaymentRequests requests;
    private final BillingQueries queries;
    private final OrderConversations conversations;
    private final Clock clock;

    PaymentRequesting(Contracts contracts, PaymentRequests requests, BillingQueries queries,
            OrderConversations conversations, Clock clock) {
        this.contracts = contracts;
        this.requests = requests;
        this.queries = queries;
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * @param conversation the conversation the request is asked from ({@code conversation_id}), or empty when it names
     *                     none
     * @throws RuleViolationException no contract of the caller's has that id, the caller is its client, it is not
     *                                accepted, the amount is zero or more than the contract still leaves, or the
     *                                conversation is not the order's (or billing knows none for the order yet)
     */
    @Transactional
    public PaymentRequestView request(UserId user, long contractId, Money amount, String description,
            PaymentMethod method, OptionalLong conversation) {
        Contract contract = (contractId > 0 ? contracts.findLocked(new ContractId(contractId)) : Optional.<Contract>empty())
                .filter(found -> found.hasParty(user))
                .orElseThrow(() -> new RuleViolationException(Violation.of(PaymentRequest.CONTRACT,
                        BillingCodes.CONTRACT_NOT_FOUND, contractId)));
        PaymentRequest request = PaymentRequest.request(requests.nextId(), contract, user, amount, description, method,
                requests.bindingTotal(contract.id()), now());
        PaymentRequest.requireOrdersConversation(conversation, conversations.of(contract.orderId()));
        requests.save(request);
        return one(user, request.id().value());
    }

    /**
     * The payee rejects the pending request.
     *
     * @throws NotFoundException      the caller is no party of such a request
     * @throws RuleViolationException the caller is its freelancer, or it is no longer pending
     */
    @Transactional
    public PaymentRequestView reject(UserId user, long id) {
        PaymentRequest request = mine(user, id);
        request.reject(user, now());
        requests.save(request);
        return one(user, id);
    }

    /** @throws NotFoundException the caller is no party of such a request */
    @Transactional(readOnly = true)
    public PaymentRequestView one(UserId user, long id) {
        return (id > 0 ? queries.payment(new PaymentRequestId(id), user) : Optional.<PaymentRequestView>empty())
                .orElseThrow(() -> new NotFoundException("payment request " + id));
    }

    @Transactional(readOnly = true)
    public PaymentPage list(UserId user, long offset, int limit) {
        return queries.payments(user, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<PaymentRequestView> all(UserId user) {
        return queries.payments(user, 0, Contracting.LIST_LIMIT).requests();
    }

    private PaymentRequest mine(UserId user, long id) {
        return (id > 0 ? requests.find(new PaymentRequestId(id)) : Optional.<PaymentRequest>empty())
                .filter(request -> request.hasParty(user))
                .orElseThrow(() -> new NotFoundException("payment request " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
