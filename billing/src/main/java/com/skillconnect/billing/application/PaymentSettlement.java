package com.skillconnect.billing.application;

import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a payment gateway's verified outcome does (for the Razorpay verification and webhook, which call it once the
 * signature checked out): a verified payment completes its request (the same payment again changes nothing), and
 * when the contract's completed requests cover its amount, its work is paid; a failed payment fails a pending request
 * and never undoes a completion. Nobody reaches these through a PATCH.
 * <p>
 * Every outcome locks the request's contract row first and reads the request after, so that the checkout's
 * verification and a webhook of the same payment (they often arrive together) take turns: the second sees the
 * first's completion and changes nothing, instead of failing on the request's version.
 */
@Service
public class PaymentSettlement {

    private final PaymentRequests requests;
    private final Contracts contracts;
    private final Clock clock;

    PaymentSettlement(PaymentRequests requests, Contracts contracts, Clock clock) {
        this.requests = requests;
        this.contracts = contracts;
        this.clock = clock;
    }

    /**
     * What a verified payment did to its request.
     *
     * @param completedNow true when it completed the request now; false when it had completed it before, or was refused
     * @param refusal      why the request cannot be completed by it (completed by another payment, rejected)
     */
    public record Completion(boolean completedNow, Optional<Violation> refusal) {

        static final Completion COMPLETED = new Completion(true, Optional.empty());
        static final Completion ALREADY = new Completion(false, Optional.empty());

        public boolean refused() {
            return refusal.isPresent();
        }
    }

    /**
     * @return true when this payment completed the request now (false: it had completed it before)
     * @throws NotFoundException no such request
     * @throws RuleViolationException the request was completed by another payment, or rejected
     */
    @Transactional
    public boolean paid(PaymentRequestId id, String gatewayPaymentId) {
        Completion completion = complete(id, gatewayPaymentId);
        completion.refusal().ifPresent(refusal -> {
            throw new RuleViolationException(refusal);
        });
        return completion.completedNow();
    }

    /**
     * As {@link #paid}, but a refusal is answered, not thrown: the caller's transaction (a webhook's) goes on.
     *
     * @throws NotFoundException no such request
     */
    @Transactional
    public Completion complete(PaymentRequestId id, String gatewayPaymentId) {
        PaymentRequest request = lockedForSettlement(id);
        Instant now = now();
        try {
            if (!request.complete(gatewayPaymentId, now)) {
                return Completion.ALREADY;
            }
        } catch (RuleViolationException refused) {
            return new Completion(false, Optional.of(refused.violations().getFirst()));
        }
        requests.save(request);
        Contract contract = contracts.find(request.contract()).orElseThrow();
        if (contract.settle(requests.completedTotal(contract.id()), now)) {
            contracts.save(contract);
        }
        return Completion.COMPLETED;
    }

    /**
     * @return true when this failed the pending request
     * @throws NotFoundException no such request
     */
    @Transactional
    public boolean failed(PaymentRequestId id) {
        PaymentRequest request = lockedForSettlement(id);
        if (!request.fail(now())) {
            return false;
        }
        requests.save(request);
        return true;
    }

    /** The request as it is once its contract's row is locked (by this transaction, until it ends). */
    private PaymentRequest lockedForSettlement(PaymentRequestId id) {
        PaymentRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("payment request " + id));
        contracts.findLocked(request.contract()).orElseThrow();
        return requests.find(id).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
