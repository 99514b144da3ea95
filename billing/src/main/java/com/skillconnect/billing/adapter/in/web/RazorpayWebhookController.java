package com.skillconnect.billing.adapter.in.web;

import com.skillconnect.billing.application.PaymentWebhooks;
import com.skillconnect.billing.application.PaymentWebhooks.Received;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Razorpay's webhook, {@code POST /api/v1/messaging/payments/razorpay/webhook/} (public: Razorpay has no token; the
 * signature vouches for it, {@link BillingPublicEndpoints}). The body is taken as the bytes received, because
 * {@code X-Razorpay-Signature} signs exactly those (re-serialised JSON would not match). Answers 200 {@code {"status":
 * …}} for every signed event, handled or not (Razorpay retries anything else for a day), 400 for a bad signature or an
 * unreadable event, 503 when the webhook secret is not set ({@link RazorpayErrorResponses}).
 */
@RestController
@RequestMapping(BillingEndpoints.BASE + "/payments/razorpay")
class RazorpayWebhookController {

    static final String PATH = BillingEndpoints.BASE + "/payments/razorpay/webhook";

    private final PaymentWebhooks webhooks;

    RazorpayWebhookController(PaymentWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/webhook")
    @Operation(summary = "Razorpay's webhook (no token; X-Razorpay-Signature over the raw body, X-Razorpay-Event-Id "
            + "handled once): payment.captured and order.paid complete the payment request of their order, "
            + "payment.failed fails a pending one, other events are acknowledged and ignored")
    ResponseEntity<Map<String, String>> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
            @RequestHeader(name = "X-Razorpay-Event-Id", required = false) String eventId) {
        Received received = webhooks.receive(body == null ? new byte[0] : body, signature, eventId);
        return switch (received.outcome()) {
            case HANDLED -> ResponseEntity.ok(Map.of("status", received.what()));
            case DUPLICATE -> ResponseEntity.ok(Map.of("status", "duplicate"));
            case INVALID_SIGNATURE -> ResponseEntity.badRequest().body(Map.of("detail", "Invalid webhook signature."));
            case UNREADABLE -> ResponseEntity.badRequest().body(Map.of("detail", "Unreadable webhook event."));
        };
    }
}
