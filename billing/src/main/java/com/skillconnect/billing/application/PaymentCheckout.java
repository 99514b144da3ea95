package com.skillconnect.billing.application;

import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.application.PaymentSettlement.Completion;
import com.skillconnect.billing.domain.CheckoutOrder;
import com.skillconnect.billing.domain.GatewayCharge;
import com.skillconnect.billing.domain.PaymentGateway;
import com.skillconnect.billing.domain.PaymentGateway.GatewayOrder;
import com.skillconnect.billing.domain.PaymentGateway.OrderRequest;
import com.skillconnect.billing.domain.PaymentGatewayFailed;
import com.skillconnect.billing.domain.PaymentGatewayNotConfigured;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payer's side of paying a payment request through the gateway's checkout (ADR 30): opening the gateway order
 * (one per request: asked for again while it is unpaid, the same order is answered and the gateway is not called), and
 * verifying the payment the checkout reports, whose signature must be the gateway's for <em>our</em> order. Only the
 * payer (the client asked to pay, the API's {@code payee}) sees these: for anyone else the request does not exist.
 * <p>
 * The gateway is called outside any transaction (it may take up to its timeout); the order is kept in a short
 * transaction after, on the request as it is then. Two opening requests at once may both call the gateway: the
 * first to keep its order wins and both answer that one (the other order stays unpaid at the gateway, where it
 * expires). A repeated request under the same {@code Idempotency-Key} never gets that far (ADR 31).
 */
@Service
public class PaymentCheckout {

    private static final Logger log = LoggerFactory.getLogger(PaymentCheckout.class);

    private final PaymentRequests requests;
    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;
    private final TransactionTemplate transactions;

    PaymentCheckout(PaymentRequests requests, PaymentGateway gateway, PaymentSettlement settlement,
            TransactionTemplate transactions) {
        this.requests = requests;
        this.gateway = gateway;
        this.settlement = settlement;
        this.transactions = transactions;
    }

    /**
     * What the checkout needs to take the payment.
     *
     * @param orderId       the gateway order
     * @param keyId         the gateway's public key id
     * @param amountInPaise what the order charges (request amount plus processing fee), in paise
     * @param processingFee the fee, in rupees (what the order charges above the request's amount)
     * @param baseAmount    the request's amount, in rupees
     * @param total         what the order charges, in rupees
     */
    public record Checkout(String orderId, String keyId, long amountInPaise, String currency, String description,
            BigDecimal processingFee, BigDecimal baseAmount, BigDecimal total) {
    }

    /** What a reported payment came to. */
    public enum Verification {
        /** The signature is the gateway's for our order: the request is completed (now, or by this payment before). */
        VERIFIED,
        /** The reported order is not the one opened for the request (or none was). Nothing changed. */
        OTHER_ORDER,
        /** The signature is not the gateway's for our order and that payment. Nothing changed. */
        INVALID_SIGNATURE,
        /** Verified, but the request cannot be completed by it (see the refusal). Nothing changed. */
        REFUSED
    }

    /** @param refusal why a {@link Verification#REFUSED} payment did not complete the request */
    public record Verified(Verification outcome, Optional<Violation> refusal) {
    }

    /**
     * Opens the gateway order of the payer's pending or failed request, or answers the one opened before.
     *
     * @throws NotFoundException            the caller does not pay such a request
     * @throws RuleViolationException       the request is completed or rejected
     * @throws PaymentGatewayNotConfigured  the gateway's keys are not set (nothing was called)
     * @throws PaymentGatewayFailed         the gateway refused, failed or timed out (nothing changed)
     */
    public Checkout open(UserId user, long id) {
        PaymentRequest request = payers(user, id);
        Optional<CheckoutOrder> kept = request.checkout(user);
        String keyId = gateway.publicKeyId();
        if (kept.isPresent()) {
            return checkout(request, kept.get(), keyId);
        }
        long paise = new GatewayCharge(request.amount().amount(), gateway.processingFee()).inPaise();
        GatewayOrder opened = gateway.createOrder(OrderRequest.inRupees(id, paise));
        CheckoutOrder order = transactions.execute(status -> {
            PaymentRequest current = requests.find(request.id()).orElseThrow();
            CheckoutOrder payable = current.keepCheckout(user, new CheckoutOrder(opened.id(), paise));
            if (payable.id().equals(opened.id())) {
                requests.save(current);
            } else {
                log.info("Gateway order {} of payment request {} left unused: {} was kept meanwhile", opened.id(), id,
                        payable.id());
            }
            return payable;
        });
        return checkout(request, order, keyId);
    }

    /**
     * Verifies the payment the checkout reports for the payer's request and, when the gateway signed it for the order
     * opened for the request, completes the request (once: the same payment again answers {@code VERIFIED} and
     * changes nothing). Anything else changes nothing: a bad signature never fails a request.
     *
     * @throws NotFoundException           the caller does not pay such a request
     * @throws PaymentGatewayNotConfigured the gateway's keys are not set
     */
    public Verified verify(UserId user, long id, String orderId, String paymentId, String signature) {
        PaymentRequest request = payers(user, id);
        if (!request.paidThrough(orderId)) {
            return new Verified(Verification.OTHER_ORDER, Optional.empty());
        }
        String ours = request.checkoutOrder().orElseThrow().id();
        if (!gateway.paymentSignatureValid(ours, paymentId, signature)) {
            log.warn("A payment of payment request {} with an invalid signature was refused", id);
            return new Verified(Verification.INVALID_SIGNATURE, Optional.empty());
        }
        Completion completion = settlement.complete(request.id(), paymentId);
        if (completion.refused()) {
            return new Verified(Verification.REFUSED, completion.refusal());
        }
        return new Verified(Verification.VERIFIED, Optional.empty());
    }

    /** @throws NotFoundException the caller does not pay such a request (its freelancer and strangers alike) */
    public void requirePayer(UserId user, long id) {
        payers(user, id);
    }

    private PaymentRequest payers(UserId user, long id) {
        return (id > 0 ? requests.find(new PaymentRequestId(id)) : Optional.<PaymentRequest>empty())
                .filter(request -> request.payer().equals(user))
                .orElseThrow(() -> new NotFoundException("payment request " + id));
    }

    private static Checkout checkout(PaymentRequest request, CheckoutOrder order, String keyId) {
        BigDecimal base = request.amount().amount();
        BigDecimal total = BigDecimal.valueOf(order.amountInPaise(), 2);
        String description = request.description().isBlank() ? "Payment request " + request.id().value()
                : request.description();
        return new Checkout(order.id(), keyId, order.amountInPaise(), OrderRequest.INR, description,
                total.subtract(base), base, total);
    }
}
