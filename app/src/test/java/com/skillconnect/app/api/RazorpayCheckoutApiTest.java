package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skillconnect.app.test.FakeRazorpay;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Razorpay's checkout over HTTP (issue 12, COMPATIBILITY "Contracts and payments", ADR 30): the payee (the client asked
 * to pay) opens the Razorpay order of a pending or failed request (amount plus the ₹150.00 fee, in paise) and gets the
 * same order again while it is unpaid; Razorpay's refusals, failures and silence answer 502 and change nothing; the
 * checkout's payment completes the request only with Razorpay's signature for the order we opened, once, and a forged
 * or replayed one changes nothing; the contract is paid once completed payments cover it.
 */
class RazorpayCheckoutApiTest extends RazorpayApiSupport {

    @Test
    void thePayeeOpensTheOrderOfTheRequestAmountPlusTheFeeInPaise() {
        Payable payable = payable("Checkout", "20000", "5000.55");

        Response opened = createOrder(payable.payee(), payable.request());

        assertStatus(opened, 200);
        JsonNode order = opened.json();
        assertThat(order.propertyNames()).containsExactlyInAnyOrder("order_id", "razorpay_key", "amount", "currency",
                "description", "processing_fee", "base_amount", "total_amount_rupees");
        assertThat(order.get("order_id").asString()).matches("order_[A-Za-z0-9]{14}");
        assertThat(order.get("razorpay_key").asString()).isEqualTo(FakeRazorpay.KEY_ID);
        assertThat(order.get("amount").isIntegralNumber()).isTrue();
        assertThat(order.get("amount").asLong()).isEqualTo(515055);
        assertThat(order.get("currency").asString()).isEqualTo("INR");
        assertThat(order.get("description").asString()).isEqualTo("Checkout payment");
        assertThat(decimal(order.get("processing_fee"))).isEqualByComparingTo("150.00");
        assertThat(decimal(order.get("base_amount"))).isEqualByComparingTo("5000.55");
        assertThat(decimal(order.get("total_amount_rupees"))).isEqualByComparingTo("5150.55");
        List<LoggedRequest> sent = razorpay.orderRequests();
        assertThat(sent).hasSize(1);
        assertThat(HttpApi.JSON.readTree(sent.getFirst().getBodyAsString())).isEqualTo(json("{'amount': 515055, "
                + "'currency': 'INR', 'receipt': 'payment_request_" + payable.request() + "', 'notes': "
                + "{'payment_request_id': '" + payable.request() + "'}}"));
        assertThat(sent.getFirst().getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (FakeRazorpay.KEY_ID + ":" + FakeRazorpay.KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(requestRow(payable.request())).containsEntry("gateway_order_id", order.get("order_id").asString())
                .containsEntry("gateway_order_amount", 515055L).containsEntry("status", "PENDING");
    }

    @Test
    void askedAgainWhileUnpaidTheSameOrderIsAnsweredWithoutCallingRazorpay() {
        Payable payable = payable("Again", "1000", 1000);
        JsonNode first = opened(payable);

        Response again = createOrder(payable.payee(), payable.request());

        assertStatus(again, 200);
        assertThat(again.json()).isEqualTo(first);
        assertThat(razorpay.orderRequests()).hasSize(1);
    }

    @Test
    void onlyThePayeeOpensAnOrderAndOnlyForAPendingOrFailedRequest() {
        Payable payable = payable("Who pays", "1000", 400);
        String notFound = "{'detail': 'Not found.'}";

        assertAnswer(createOrder(payable.freelancer(), payable.request()), 404, notFound);
        assertAnswer(createOrder(payable.payee(), payable.request() + 1_000_000), 404, notFound);
        assertThat(razorpay.orderRequests()).isEmpty();

        long rejected = requested(payable.chat(), payable.contract(), 100, "to reject");
        assertStatus(send("PATCH", PAYMENT_REQUESTS + rejected + "/", payable.payee().caller(), body("status", "rejected")), 200);
        assertAnswer(createOrder(payable.payee(), rejected), 400,
                "{'status': ['This payment request is rejected: there is nothing to pay.']}");

        JsonNode order = opened(payable);
        String paymentId = newPaymentId();
        assertAnswer(verifySigned(payable.payee(), payable.request(), order.get("order_id").asString(), paymentId), 200,
                "{'success': true}");
        assertAnswer(createOrder(payable.payee(), payable.request()), 400,
                "{'status': ['This payment request is completed: there is nothing to pay.']}");
        assertThat(razorpay.orderRequests()).hasSize(1);
    }

    @Test
    void aFailedRequestIsPaidThroughItsOrderAgain() {
        Payable payable = payable("Retry", "1000", 1000);
        JsonNode order = opened(payable);
        String orderId = order.get("order_id").asString();
        assertStatus(webhook(paymentEvent("payment.failed", orderId, newPaymentId(), order.get("amount").asLong())), 200);
        assertThat(requestStatus(payable.request())).isEqualTo("FAILED");

        Response again = createOrder(payable.payee(), payable.request());

        assertStatus(again, 200);
        assertThat(again.json().get("order_id").asString()).isEqualTo(orderId);
        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, newPaymentId()), 200, "{'success': true}");
        assertThat(requestStatus(payable.request())).isEqualTo("COMPLETED");
    }

    @Test
    void razorpaysRefusalIsA502AndChangesNothing() {
        Payable payable = payable("Refused", "1000", 1000);
        Map<String, Object> before = requestRow(payable.request());
        razorpay.failsOrders(400, """
                {"error": {"code": "BAD_REQUEST_ERROR", "description": "Authentication failed", "source": "NA"}}
                """);

        assertAnswer(createOrder(payable.payee(), payable.request()), 502, "{'error': 'Razorpay order creation failed', "
                + "'detail': 'Razorpay refused the order (HTTP 400): Authentication failed'}");
        assertThat(requestRow(payable.request())).isEqualTo(before);

        razorpay.opensOrders();
        assertThat(opened(payable).get("order_id").asString()).as("a later try opens the order").startsWith("order_");
    }

    @Test
    void razorpaysServerErrorIsA502AndChangesNothing() {
        Payable payable = payable("Down", "1000", 1000);
        Map<String, Object> before = requestRow(payable.request());
        razorpay.failsOrders(503, "{\"error\": {\"description\": \"Service unavailable\"}}");

        Response failed = createOrder(payable.payee(), payable.request());

        assertAnswer(failed, 502, "{'error': 'Razorpay order creation failed', 'detail': 'Razorpay failed (HTTP 503).'}");
        assertThat(failed.body()).doesNotContain(FakeRazorpay.KEY_SECRET);
        assertThat(requestRow(payable.request())).isEqualTo(before);
    }

    @Test
    void aRazorpayThatDoesNotAnswerInTimeIsA502AfterTheTimeout() {
        Payable payable = payable("Silent", "1000", 1000);
        Map<String, Object> before = requestRow(payable.request());
        razorpay.opensOrdersAfter(FakeRazorpay.TIMEOUT_MILLIS + 3_000);
        long start = System.nanoTime();

        Response failed = createOrder(payable.payee(), payable.request());

        assertAnswer(failed, 502, "{'error': 'Razorpay order creation failed', 'detail': 'Razorpay did not answer in time.'}");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(FakeRazorpay.TIMEOUT_MILLIS - 100), Duration.ofMillis(FakeRazorpay.TIMEOUT_MILLIS + 2_500));
        assertThat(requestRow(payable.request())).isEqualTo(before);
    }

    @Test
    void aSlowRazorpayWithinTheTimeoutIsWaitedFor() {
        Payable payable = payable("Slow", "1000", 1000);
        razorpay.opensOrdersAfter(FakeRazorpay.TIMEOUT_MILLIS / 2);

        JsonNode order = opened(payable);

        assertThat(requestRow(payable.request())).containsEntry("gateway_order_id", order.get("order_id").asString());
    }

    @Test
    void aVerifiedPaymentCompletesTheRequestOnceAndAReplayAnswersSuccessChangingNothing() {
        Payable payable = payable("Verify", "20000", 5000);
        String orderId = opened(payable).get("order_id").asString();
        String paymentId = newPaymentId();

        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, paymentId), 200, "{'success': true}");

        Map<String, Object> completed = requestRow(payable.request());
        assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("transaction_id", paymentId);
        JsonNode shown = fetch(PAYMENT_REQUESTS + payable.request() + "/", payable.freelancer().caller()).json();
        assertThat(shown.get("status").asString()).isEqualTo("completed");
        assertThat(shown.get("transaction_id").asString()).isEqualTo(paymentId);

        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, paymentId), 200, "{'success': true}");
        assertThat(requestRow(payable.request())).as("a replay changes nothing").isEqualTo(completed);
        assertAnswer(verifySigned(payable.payee(), payable.request(), orderId, newPaymentId()), 400,
                "{'success': false, 'error': 'This payment request was completed by another payment.'}");
        assertThat(requestRow(payable.request())).isEqualTo(completed);
        assertThat(contract(payable).get("workflow_status").asString()).as("5000 of 20000 paid").isEqualTo("planning");
    }

    @Test
    void aForgedSignatureAnswersInvalidAndNeverFailsOrUndoesAPayment() {
        Payable payable = payable("Forged", "1000", 1000);
        String orderId = opened(payable).get("order_id").asString();
        String paymentId = newPaymentId();
        Map<String, Object> pending = requestRow(payable.request());
        String invalid = "{'success': false, 'error': 'Invalid signature!'}";
        String valid = FakeRazorpay.paymentSignature(orderId, paymentId);

        assertAnswer(verify(payable.payee(), payable.request(), orderId, paymentId, "0".repeat(64)), 400, invalid);
        assertAnswer(verify(payable.payee(), payable.request(), orderId, paymentId, valid.substring(0, 63) + "x"), 400, invalid);
        assertAnswer(verify(payable.payee(), payable.request(), orderId, newPaymentId(), valid), 400, invalid);
        assertAnswer(verify(payable.payee(), payable.request(), orderId, paymentId,
                FakeRazorpay.hmac((orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8), "another secret")), 400, invalid);
        assertThat(requestRow(payable.request())).as("nothing changed, not even to failed").isEqualTo(pending);

        assertAnswer(verify(payable.payee(), payable.request(), orderId, paymentId, valid.toUpperCase()), 200,
                "{'success': true}");
        Map<String, Object> completed = requestRow(payable.request());
        assertAnswer(verify(payable.payee(), payable.request(), orderId, paymentId, "0".repeat(64)), 400, invalid);
        assertThat(requestRow(payable.request())).as("a bad signature never turns a completed payment into failed")
                .isEqualTo(completed);
    }

    @Test
    void aSignatureForAnotherOrderDoesNotCompleteThisRequest() {
        Payable cheap = payable("Cheap", "1000", 1);
        Payable dear = payable("Dear", "9000", 9000);
        String cheapOrder = opened(cheap).get("order_id").asString();
        String dearOrder = opened(dear).get("order_id").asString();
        String paymentId = newPaymentId();
        String cheapSignature = FakeRazorpay.paymentSignature(cheapOrder, paymentId);
        String otherOrder = "{'success': false, 'error': \"This payment was not made for this payment request's Razorpay order.\"}";

        assertAnswer(verify(dear.payee(), dear.request(), cheapOrder, paymentId, cheapSignature), 400, otherOrder);
        assertAnswer(verify(dear.payee(), dear.request(), dearOrder, paymentId, cheapSignature), 400,
                "{'success': false, 'error': 'Invalid signature!'}");
        assertThat(requestStatus(dear.request())).isEqualTo("PENDING");

        Payable unopened = payable("Unopened", "1000", 10);
        assertAnswer(verifySigned(unopened.payee(), unopened.request(), cheapOrder, paymentId), 400, otherOrder);
        assertAnswer(verify(dear.payee(), dear.request(), dearOrder, null, cheapSignature), 400, "{'success': false, "
                + "'error': \"Send razorpay_order_id, razorpay_payment_id and razorpay_signature, as Razorpay's checkout reports them.\"}");
        assertThat(requestStatus(unopened.request())).isEqualTo("PENDING");
    }

    @Test
    void theFreelancerAndStrangersCannotVerify() {
        Payable payable = payable("Not yours", "1000", 1000);
        String orderId = opened(payable).get("order_id").asString();
        String paymentId = newPaymentId();

        assertAnswer(verifySigned(payable.freelancer(), payable.request(), orderId, paymentId), 404, "{'detail': 'Not found.'}");
        assertThat(requestStatus(payable.request())).isEqualTo("PENDING");
    }

    @Test
    void theContractIsPaidWhenCompletedPaymentsCoverItsAmountAndTheChatIsTold() {
        Payable first = payable("Paid in two", "1500", 1000);
        long second = requested(first.chat(), first.contract(), 500, "the rest");
        String firstOrder = opened(first).get("order_id").asString();
        Payable secondPayable = new Payable(first.chat(), first.contract(), second);
        String secondOrder = opened(secondPayable).get("order_id").asString();
        assertThat(secondOrder).isNotEqualTo(firstOrder);

        assertAnswer(verifySigned(first.payee(), first.request(), firstOrder, newPaymentId()), 200, "{'success': true}");
        assertThat(contract(first).get("workflow_status").asString()).as("1000 of 1500").isEqualTo("planning");
        assertAnswer(verifySigned(first.payee(), second, secondOrder, newPaymentId()), 200, "{'success': true}");

        JsonNode contract = contract(first);
        assertThat(contract.get("workflow_status").asString()).isEqualTo("paid");
        assertThat(contract.get("status").asString()).isEqualTo("accepted");
        assertAnswer(patchContract(first.contract(), first.freelancer(), "workflow_status", "revision"), 400,
                "{'workflow_status': ['This contract is paid: its workflow_status can no longer change.']}");
        await().atMost(Duration.ofSeconds(20)).until(() -> "completed".equals(jdbc.queryForObject(
                "select payment_status from conversations.message where payment_request_id = ?", String.class, second)));
    }

    private JsonNode contract(Payable payable) {
        Response one = fetch(CONTRACTS + payable.contract() + "/", payable.payee().caller());
        assertStatus(one, 200);
        return one.json();
    }
}
