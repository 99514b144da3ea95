package com.skillconnect.billing.application;

import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a payment gateway's verified outcome does (for the Razorpay verification and webhook, which call it once the
 * signature checked out): a verified payment completes its request (the same payment again changes nothing), and
 * when the contract's completed requests cover its amount, its work is paid; a failed payment fails a pending request
 * and never undoes a completion. Nobody reaches these through a PATCH.
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
     * @return true when this payment completed the request now (false: it had completed it before)
     * @throws NotFoundException no such request
     * @throws com.skillconnect.kernel.RuleViolationException the request was completed by another payment, or rejected
     */
    @Transactional
    public boolean paid(PaymentRequestId id, String gatewayPaymentId) {
        PaymentRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("payment request " + id));
        Contract contract = contracts.findLocked(request.contract()).orElseThrow();
        Instant now = now();
        if (!request.complete(gatewayPaymentId, now)) {
            return false;
        }
        requests.save(request);
        if (contract.settle(requests.completedTotal(contract.id()), now)) {
            contracts.save(contract);
        }
        return true;
    }

    /** @return true when this failed the pending request */
    @Transactional
    public boolean failed(PaymentRequestId id) {
        PaymentRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("payment request " + id));
        if (!request.fail(now())) {
            return false;
        }
        requests.save(request);
        return true;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
