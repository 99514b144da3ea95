package com.skillconnect.billing.application;

import com.skillconnect.billing.application.PaymentSettlement.Completion;
import com.skillconnect.billing.domain.GatewayEvents;
import com.skillconnect.billing.domain.PaymentGateway;
import com.skillconnect.billing.domain.PaymentGateway.WebhookEvent;
import com.skillconnect.billing.domain.PaymentGatewayNotConfigured;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment gateway's webhooks (ADR 30): a delivery counts only when its signature is the gateway's over the body's
 * bytes as received; each event (by the gateway's event id) is handled once, in one transaction with its effect (a
 * failure rolls both back and the gateway's retry handles it); {@code payment.captured} and {@code order.paid}
 * complete the request whose gateway order they name, {@code payment.failed} fails it while it is pending (so a
 * failure delivered after the capture undoes nothing), and every other event is acknowledged and ignored.
 */
@Service
public class PaymentWebhooks {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);
    /** The longest gateway payment id kept ({@code transaction_id}). */
    private static final int MAX_PAYMENT_ID = 100;

    private final PaymentGateway gateway;
    private final GatewayEvents events;
    private final PaymentRequests requests;
    private final PaymentSettlement settlement;
    private final Clock clock;

    PaymentWebhooks(PaymentGateway gateway, GatewayEvents events, PaymentRequests requests,
            PaymentSettlement settlement, Clock clock) {
        this.gateway = gateway;
        this.events = events;
        this.requests = requests;
        this.settlement = settlement;
        this.clock = clock;
    }

    /** What became of a delivery. */
    public enum Outcome {
        /** Handled now: {@link Received#what} says how. */
        HANDLED,
        /** The event was handled before: nothing changed. */
        DUPLICATE,
        /** The signature is not the gateway's over this body: nothing changed. */
        INVALID_SIGNATURE,
        /** Signed, but no event can be read from it, or its event id is unusable: nothing changed. */
        UNREADABLE
    }

    /**
     * @param what what the event did: {@code completed}, {@code already completed}, {@code failed},
     *             {@code ignored: …}, {@code refused: <code>}; empty unless {@link Outcome#HANDLED}
     */
    public record Received(Outcome outcome, String what) {
    }

    /**
     * Verifies and handles one delivery.
     *
     * @param body      the body's bytes, as received
     * @param signature the {@code X-Razorpay-Signature} header, or null
     * @param eventId   the {@code X-Razorpay-Event-Id} header, or null (then the event is handled without being
     *                  remembered; its effects are idempotent on their own)
     * @throws PaymentGatewayNotConfigured the webhook secret is not set
     */
    @Transactional
    public Received receive(byte[] body, String signature, String eventId) {
        if (!gateway.webhookSignatureValid(body, signature)) {
            log.warn("A webhook with an invalid signature was refused");
            return new Received(Outcome.INVALID_SIGNATURE, "");
        }
        WebhookEvent event;
        try {
            event = gateway.readWebhook(body);
        } catch (IllegalArgumentException unreadable) {
            log.warn("A signed webhook could not be read: {}", unreadable.getMessage());
            return new Received(Outcome.UNREADABLE, "");
        }
        boolean remembered = eventId != null && !eventId.isBlank();
        if (remembered) {
            if (eventId.length() > GatewayEvents.MAX_EVENT_ID) {
                return new Received(Outcome.UNREADABLE, "");
            }
            if (!events.claim(eventId, event.type(), clock.instant())) {
                log.info("Webhook event {} ({}) received again: ignored", eventId, event.type());
                return new Received(Outcome.DUPLICATE, "");
            }
        }
        String what = apply(event);
        if (remembered) {
            events.handled(eventId, what);
        }
        log.info("Webhook event {} ({}, order {}): {}", eventId, event.type(), event.orderId(), what);
        return new Received(Outcome.HANDLED, what);
    }

    private String apply(WebhookEvent event) {
        if (!event.paid() && !event.failed()) {
            return "ignored: not a payment outcome";
        }
        Optional<PaymentRequest> request = Optional.ofNullable(event.orderId()).flatMap(requests::findByCheckoutOrder);
        if (request.isEmpty()) {
            return "ignored: no payment request has this order";
        }
        if (event.failed()) {
            return settlement.failed(request.get().id()) ? "failed" : "ignored: not pending";
        }
        if (event.paymentId() == null || event.paymentId().length() > MAX_PAYMENT_ID) {
            return "ignored: no payment";
        }
        Completion completion = settlement.complete(request.get().id(), event.paymentId());
        if (completion.refused()) {
            log.warn("A captured payment of payment request {} did not complete it ({}): refund it at the gateway",
                    request.get().id(), completion.refusal().orElseThrow().code());
            return "refused: " + completion.refusal().orElseThrow().code();
        }
        return completion.completedNow() ? "completed" : "already completed";
    }
}
