package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.FakeRazorpay;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Razorpay's webhook over HTTP (ADR 30): public, admitted by {@code X-Razorpay-Signature} over the body's bytes as
 * sent; {@code payment.captured} and {@code order.paid} complete the request of their order (its message in the chat
 * changes, both parties' chat sockets are told, the contract is paid once covered), {@code payment.failed} fails a
 * pending one; each {@code X-Razorpay-Event-Id} counts once; late and out-of-order deliveries undo no completion;
 * other events are acknowledged and change nothing.
 */
class RazorpayWebhookApiTest extends RazorpayApiSupport {

    private static final String BAD_SIGNATURE = "{'detail': 'Invalid webhook signature.'}";

    @Test
    void aCapturedPaymentCompletesTheRequestTellsTheChatAndPaysTheContract() {
        Payable payable = payable("Webhook", "2000", 2000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        String paymentId = newPaymentId();
        try (TestSocket client = chatSocket(payable.chat(), payable.payee());
                TestSocket freelancer = chatSocket(payable.chat(), payable.freelancer())) {

            Response delivered = webhook(paymentEvent("payment.captured", orderId, paymentId, order.get("amount").asLong()));

            assertAnswer(delivered, 200, "{'status': 'completed'}");
            for (TestSocket socket : List.of(client, freelancer)) {
                assertThat(statusFrame(socket, payable.request())).isEqualTo(json("{'type': 'payment_status_update', "
                        + "'conversation_id': " + payable.chat().id() + ", 'payment_id': " + payable.request()
                        + ", 'status': 'completed'}"));
            }
        }
        assertThat(requestRow(payable.request())).containsEntry("status", "COMPLETED").containsEntry("transaction_id", paymentId);
        assertThat(fetch(CONTRACTS + payable.contract() + "/", payable.payee().caller()).json().get("workflow_status")
                .asString()).isEqualTo("paid");
        assertThat(history(payable.chat(), payable.payee()).valueStream()
                .filter(message -> message.has("payment_request") && message.get("payment_request").isIntegralNumber()
                        && message.get("payment_request").asLong() == payable.request())
                .map(message -> message.get("payment_status").asString()).toList()).containsExactly("completed");
        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, paymentId), 200, "{'success': true}");
    }

    @Test
    void orderPaidCompletesTooAndTheCheckoutsVerificationAfterItChangesNothing() {
        Payable payable = payable("Order paid", "1000", 500);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        String paymentId = newPaymentId();

        assertAnswer(webhook(orderPaid(orderId, paymentId, order.get("amount").asLong())), 200, "{'status': 'completed'}");
        Map<String, Object> completed = requestRow(payable.request());
        assertAnswer(webhook(paymentEvent("payment.captured", orderId, paymentId, order.get("amount").asLong())), 200,
                "{'status': 'already completed'}");
        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, paymentId), 200, "{'success': true}");

        assertThat(requestRow(payable.request())).isEqualTo(completed);
        assertThat(completed).containsEntry("status", "COMPLETED");
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        Payable payable = payable("Twice", "1000", 1000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        String eventId = newEventId();
        String failed = paymentEvent("payment.failed", orderId, newPaymentId(), order.get("amount").asLong());

        assertAnswer(webhook(failed, eventId), 200, "{'status': 'failed'}");
        assertThat(requestStatus(payable.request())).isEqualTo("FAILED");
        Map<String, Object> afterFirst = requestRow(payable.request());
        assertAnswer(webhook(failed, eventId), 200, "{'status': 'duplicate'}");

        assertThat(requestRow(payable.request())).isEqualTo(afterFirst);
        assertThat(jdbc.queryForMap("select event_type, outcome from billing.gateway_event where event_id = ?", eventId))
                .isEqualTo(Map.of("event_type", "payment.failed", "outcome", "failed"));

        String captured = paymentEvent("payment.captured", orderId, newPaymentId(), order.get("amount").asLong());
        List<Response> together = together(List.of(() -> webhook(captured, "evt_same_at_once_" + payable.request()),
                () -> webhook(captured, "evt_same_at_once_" + payable.request())));
        assertThat(together).extracting(Response::status).containsExactly(200, 200);
        assertThat(together).extracting(response -> response.json().get("status").asString())
                .containsExactlyInAnyOrder("completed", "duplicate");
        assertThat(requestStatus(payable.request())).isEqualTo("COMPLETED");
    }

    @Test
    void aFailureDeliveredAfterTheCaptureUndoesNothing() {
        Payable payable = payable("Out of order", "1000", 1000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        long amount = order.get("amount").asLong();
        String paid = newPaymentId();

        assertAnswer(webhook(paymentEvent("payment.captured", orderId, paid, amount)), 200, "{'status': 'completed'}");
        Map<String, Object> completed = requestRow(payable.request());
        assertAnswer(webhook(paymentEvent("payment.failed", orderId, newPaymentId(), amount)), 200,
                "{'status': 'ignored: not pending'}");
        assertAnswer(webhook(paymentEvent("payment.failed", orderId, paid, amount)), 200, "{'status': 'ignored: not pending'}");

        assertThat(requestRow(payable.request())).isEqualTo(completed);
        assertThat(fetch(PAYMENT_REQUESTS + payable.request() + "/", payable.payee().caller()).json().get("status")
                .asString()).isEqualTo("completed");
    }

    @Test
    void aCaptureAfterAFailureCompletesTheRequest() {
        Payable payable = payable("Retried", "1000", 1000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        long amount = order.get("amount").asLong();

        assertAnswer(webhook(paymentEvent("payment.failed", orderId, newPaymentId(), amount)), 200, "{'status': 'failed'}");
        assertAnswer(webhook(paymentEvent("payment.captured", orderId, newPaymentId(), amount)), 200, "{'status': 'completed'}");

        assertThat(requestStatus(payable.request())).isEqualTo("COMPLETED");
    }

    @Test
    void unknownEventsAndOrdersAreAcknowledgedAndChangeNothing() {
        Payable payable = payable("Unknown", "1000", 1000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        Map<String, Object> before = requestRow(payable.request());

        assertAnswer(webhook(paymentEvent("payment.authorized", orderId, newPaymentId(), order.get("amount").asLong())
                .replace("\"captured\": true", "\"captured\": false")), 200, "{'status': 'ignored: not a payment outcome'}");
        assertAnswer(webhook("{\"entity\": \"event\", \"event\": \"refund.processed\", \"payload\": {}}"), 200,
                "{'status': 'ignored: not a payment outcome'}");
        assertAnswer(webhook(paymentEvent("payment.captured", "order_NotOursAtAll1", newPaymentId(), 100)), 200,
                "{'status': 'ignored: no payment request has this order'}");

        assertThat(requestRow(payable.request())).isEqualTo(before);
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        Payable payable = payable("Forged hook", "1000", 1000);
        JsonNode order = opened(payable);
        String body = paymentEvent("payment.captured", order.get("order_id").asString(), newPaymentId(),
                order.get("amount").asLong());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = FakeRazorpay.webhookSignature(bytes);
        Map<String, Object> before = requestRow(payable.request());
        int events = jdbc.queryForObject("select count(*) from billing.gateway_event", Integer.class);

        assertAnswer(webhook(bytes, null, newEventId()), 400, BAD_SIGNATURE);
        assertAnswer(webhook(bytes, "0".repeat(64), newEventId()), 400, BAD_SIGNATURE);
        assertAnswer(webhook(bytes, FakeRazorpay.hmac(bytes, FakeRazorpay.KEY_SECRET), newEventId()), 400, BAD_SIGNATURE);
        // the same JSON re-formatted is other bytes: Razorpay's signature does not cover it
        assertAnswer(webhook(compact(body), signature, newEventId()), 400, BAD_SIGNATURE);
        byte[] tampered = body.replace("payment.captured", "payment.failed ").getBytes(StandardCharsets.UTF_8);
        assertAnswer(webhook(tampered, signature, newEventId()), 400, BAD_SIGNATURE);

        assertThat(requestRow(payable.request())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from billing.gateway_event", Integer.class)).isEqualTo(events);
        assertAnswer(webhook(bytes, signature, newEventId()), 200, "{'status': 'completed'}");
    }

    @Test
    void theWebhookNeedsNoTokenButOtherPaymentEndpointsDo() {
        assertAnswer(webhook("{\"event\": \"payment.dispute.created\", \"payload\": {}}"), 200,
                "{'status': 'ignored: not a payment outcome'}");
        assertAnswer(api.request("POST", PAYMENTS + "1/create-razorpay-order/").from(client).send(), 401,
                "{'detail': 'Authentication credentials were not provided.'}");
        assertAnswer(api.request("POST", PAYMENTS + "1/verify-razorpay-payment/").from(client).json(body()).send(), 401,
                "{'detail': 'Authentication credentials were not provided.'}");
    }

    @Test
    void oddDeliveriesAreRefusedNeverFailed() {
        String signature = FakeRazorpay.webhookSignature("{}".getBytes(StandardCharsets.UTF_8));
        List<String[]> typesAndBodies = List.of(new String[] {"application/json", ""},
                new String[] {"application/json", "{"}, new String[] {"text/plain", "{}"},
                new String[] {"application/x-www-form-urlencoded", "a=%FF&b=%00&c"},
                new String[] {"multipart/form-data; boundary=XyZ", "--XyZ\r\nbroken"},
                new String[] {"multipart/form-data; boundary=", "{}"}, new String[] {"application/octet-stream", "\u0000"});
        for (String[] typeAndBody : typesAndBodies) {
            Response answer = api.request("POST", WEBHOOK).from(client).header("X-Razorpay-Signature", signature)
                    .header("X-Razorpay-Event-Id", newEventId()).body(typeAndBody[0], typeAndBody[1]).send();
            assertThat(answer.status()).as("%s %s: %s", typeAndBody[0], typeAndBody[1], answer).isBetween(400, 499);
        }
        // signed, but no event in it
        assertAnswer(webhook("{}"), 400, "{'detail': 'Unreadable webhook event.'}");
        assertAnswer(webhook("[1, 2]"), 400, "{'detail': 'Unreadable webhook event.'}");
        assertAnswer(webhook("{\"event\": \"payment.captured\"}", "evt_" + "x".repeat(101)), 400,
                "{'detail': 'Unreadable webhook event.'}");
    }

    /** The same JSON without its spaces and line breaks. */
    private static byte[] compact(String json) {
        return HttpApi.JSON.writeValueAsString(HttpApi.JSON.readTree(json)).getBytes(StandardCharsets.UTF_8);
    }

    /** The socket's {@code payment_status_update} frame of the request (other frames skipped). */
    private static JsonNode statusFrame(TestSocket socket, long request) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            JsonNode frame = socket.next(Duration.ofSeconds(1));
            if (frame != null && frame.has("type") && "payment_status_update".equals(frame.get("type").asString())
                    && frame.has("payment_id") && frame.get("payment_id").asLong() == request) {
                return frame;
            }
        }
        throw new AssertionError("No payment_status_update of payment request " + request);
    }
}
