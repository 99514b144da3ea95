package com.skillconnect.billing.adapter.in.web;

import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.id;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.user;

import com.skillconnect.billing.application.PaymentCheckout;
import com.skillconnect.billing.application.PaymentCheckout.Checkout;
import com.skillconnect.billing.application.PaymentCheckout.Verified;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Razorpay's checkout, by the payer of a payment request (its {@code payee}, the client asked to pay): opening the
 * Razorpay order ({@code POST payments/{id}/create-razorpay-order/}, the object the checkout is started with:
 * {@code {order_id, razorpay_key, amount (paise), currency, description, processing_fee, base_amount,
 * total_amount_rupees}}), and verifying the payment the checkout reports ({@code POST
 * payments/{id}/verify-razorpay-payment/ {razorpay_order_id, razorpay_payment_id, razorpay_signature}}, answered
 * {@code {"success": true}} or 400 {@code {"success": false, "error": …}}, the shape the frontend reads). For the
 * request's freelancer and strangers the request does not exist (404). Gateway failures: {@link RazorpayErrorResponses}.
 */
@RestController
@RequestMapping(BillingEndpoints.BASE + "/payments")
class RazorpayCheckoutController {

    static final String ORDER_ID = "razorpay_order_id";
    static final String PAYMENT_ID = "razorpay_payment_id";
    static final String SIGNATURE = "razorpay_signature";
    /** The longest id or signature read (Razorpay's ids are about 20 characters, a signature 64). */
    private static final int MAX_FIELD = 100;

    private final PaymentCheckout checkout;
    private final BillingViolationMessages messages;

    RazorpayCheckoutController(PaymentCheckout checkout, BillingViolationMessages messages) {
        this.checkout = checkout;
        this.messages = messages;
    }

    /** The checkout's object; amounts in rupees are numbers, {@code amount} is whole paise. */
    record CheckoutItem(String orderId, String razorpayKey, long amount, String currency, String description,
            BigDecimal processingFee, BigDecimal baseAmount, BigDecimal totalAmountRupees) {

        static CheckoutItem of(Checkout checkout) {
            return new CheckoutItem(checkout.orderId(), checkout.keyId(), checkout.amountInPaise(), checkout.currency(),
                    checkout.description(), checkout.processingFee(), checkout.baseAmount(), checkout.total());
        }
    }

    @PostMapping("/{id}/create-razorpay-order")
    @Idempotent
    @Operation(summary = "The payee (the client asked to pay) opens the Razorpay order of a pending or failed payment "
            + "request: {order_id, razorpay_key, amount (paise), currency, description, processing_fee, base_amount, "
            + "total_amount_rupees}; asked again while that order is unpaid, the same order; 502 when Razorpay fails, "
            + "503 when payments are not configured")
    CheckoutItem createOrder(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return CheckoutItem.of(checkout.open(user(token), id(id, "payment request")));
    }

    @PostMapping(path = "/{id}/verify-razorpay-payment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The payee reports the checkout's payment {razorpay_order_id, razorpay_payment_id, "
            + "razorpay_signature}: when Razorpay signed it for the order opened for this request, the request is "
            + "completed (once; the same payment again answers success and changes nothing): {\"success\": true}; "
            + "else 400 {\"success\": false, \"error\": …} and nothing changes")
    ResponseEntity<Map<String, Object>> verify(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @RequestBody(required = false) JsonNode body) {
        UserId user = user(token);
        long request = id(id, "payment request");
        checkout.requirePayer(user, request); // the freelancer and strangers learn nothing, not even that the body was wrong
        String orderId = field(body, ORDER_ID);
        String paymentId = field(body, PAYMENT_ID);
        String signature = field(body, SIGNATURE);
        if (orderId == null || paymentId == null || signature == null) {
            return failure("Send razorpay_order_id, razorpay_payment_id and razorpay_signature, as Razorpay's checkout "
                    + "reports them.");
        }
        Verified verified = checkout.verify(user, request, orderId, paymentId, signature);
        return switch (verified.outcome()) {
            case VERIFIED -> ResponseEntity.ok(Map.of("success", true));
            case INVALID_SIGNATURE -> failure("Invalid signature!");
            case OTHER_ORDER -> failure("This payment was not made for this payment request's Razorpay order.");
            case REFUSED -> failure(messages.word(verified.refusal().orElseThrow())
                    .map(worded -> worded.message()).orElse("This payment cannot complete this payment request."));
        };
    }

    /** A string of 1 to {@value #MAX_FIELD} characters at {@code name}, or null. */
    private static String field(JsonNode body, String name) {
        JsonNode value = body == null ? null : body.get(name);
        if (value == null || !value.isString()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() || text.length() > MAX_FIELD ? null : text;
    }

    private static ResponseEntity<Map<String, Object>> failure(String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.badRequest().body(body);
    }
}
