package com.skillconnect.app.api;

import com.skillconnect.app.test.FakeRazorpay;
import com.skillconnect.app.test.HttpApi.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * What the Razorpay API tests share: a pending payment request of an accepted contract, the checkout's requests
 * (opening the order, verifying a payment) and Razorpay's webhook deliveries, signed as Razorpay signs them
 * ({@link FakeRazorpay}, which the shared context is configured with). Adds no configuration, so the context stays
 * shared; the fake Razorpay opens orders normally before and after every test.
 */
abstract class RazorpayApiSupport extends BillingApiSupport {

    static final String PAYMENTS = "/api/v1/messaging/payments/";
    static final String WEBHOOK = "/api/v1/messaging/payments/razorpay/webhook/";

    static final FakeRazorpay razorpay = FakeRazorpay.shared();

    /** A pending payment request of an accepted contract of a new order. */
    record Payable(Chat chat, long contract, long request) {
        Party payee() {
            return chat.client();
        }

        Party freelancer() {
            return chat.freelancer();
        }
    }

    @BeforeEach
    void razorpayOpensOrders() {
        razorpay.opensOrders();
    }

    @AfterEach
    void razorpayOpensOrdersAgain() {
        razorpay.opensOrders();
    }

    /** A new order's contract for {@code contractAmount}, and a pending request of {@code requestAmount} on it. */
    Payable payable(String title, String contractAmount, Object requestAmount) {
        Chat chat = billableOrder(title);
        long contract = acceptedContract(chat, contractAmount);
        return new Payable(chat, contract, requested(chat, contract, requestAmount, title + " payment"));
    }

    Response createOrder(Party party, long request) {
        return send("POST", PAYMENTS + request + "/create-razorpay-order/", party.caller(), null);
    }

    /** Opens the request's Razorpay order by its payee; answers the checkout object (200 expected). */
    JsonNode opened(Payable payable) {
        Response opened = createOrder(payable.payee(), payable.request());
        assertStatus(opened, 200);
        return opened.json();
    }

    Response verify(Party party, long request, String orderId, String paymentId, String signature) {
        return send("POST", PAYMENTS + request + "/verify-razorpay-payment/", party.caller(), body(
                "razorpay_order_id", orderId, "razorpay_payment_id", paymentId, "razorpay_signature", signature));
    }

    /** Reports a payment of the order, signed as Razorpay's checkout signs it. */
    Response verifySigned(Party party, long request, String orderId, String paymentId) {
        return verify(party, request, orderId, paymentId, FakeRazorpay.paymentSignature(orderId, paymentId));
    }

    /** Delivers a webhook body as Razorpay does: signed with the webhook secret, with a new event id. */
    Response webhook(String body) {
        return webhook(body, newEventId());
    }

    Response webhook(String body, String eventId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhook(bytes, FakeRazorpay.webhookSignature(bytes), eventId);
    }

    /** A delivery as it is: no token, the body's bytes, the signature and event id headers when not null. */
    Response webhook(byte[] body, String signature, String eventId) {
        var request = api.request("POST", WEBHOOK).from(client);
        if (signature != null) {
            request.header("X-Razorpay-Signature", signature);
        }
        if (eventId != null) {
            request.header("X-Razorpay-Event-Id", eventId);
        }
        return request.body("application/json", new String(body, StandardCharsets.UTF_8)).send();
    }

    static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }

    static String newPaymentId() {
        return "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }

    /** Razorpay's {@code payment.captured} / {@code payment.failed} body (as Razorpay formats it: spaces and all). */
    static String paymentEvent(String event, String orderId, String paymentId, long amountInPaise) {
        String status = event.equals("payment.failed") ? "failed" : "captured";
        return """
                {
                  "entity": "event",
                  "account_id": "acc_BFQ7uQEaa7j2z7",
                  "event": "%s",
                  "contains": ["payment"],
                  "payload": {
                    "payment": {
                      "entity": {
                        "id": "%s", "entity": "payment", "amount": %d, "currency": "INR", "status": "%s",
                        "order_id": "%s", "invoice_id": null, "international": false, "method": "upi",
                        "captured": %s, "description": "Payment request", "email": "jane@example.com",
                        "notes": {"payment_request_id": "1"}, "created_at": 1764662400
                      }
                    }
                  },
                  "created_at": 1764662401
                }
                """.formatted(event, paymentId, amountInPaise, status, orderId, status.equals("captured"));
    }

    /** Razorpay's {@code order.paid} body: the payment and the order. */
    static String orderPaid(String orderId, String paymentId, long amountInPaise) {
        return """
                {"entity": "event", "account_id": "acc_BFQ7uQEaa7j2z7", "event": "order.paid",
                 "contains": ["payment", "order"],
                 "payload": {
                   "payment": {"entity": {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR",
                                          "status": "captured", "order_id": "%s", "captured": true}},
                   "order": {"entity": {"id": "%s", "entity": "order", "amount": %d, "amount_paid": %d,
                                        "amount_due": 0, "currency": "INR", "status": "paid", "attempts": 1}}
                 },
                 "created_at": 1764662402}
                """.formatted(paymentId, amountInPaise, orderId, orderId, amountInPaise, amountInPaise);
    }

    /** The request's row: status, transaction_id, gateway_order_id, version… */
    Map<String, Object> requestRow(long request) {
        return jdbc.queryForMap("select * from billing.payment_request where id = ?", request);
    }

    String requestStatus(long request) {
        return jdbc.queryForObject("select status from billing.payment_request where id = ?", String.class, request);
    }
}
