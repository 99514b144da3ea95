package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.conversations.application.ConversationAnnouncer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Payment requests over HTTP (issue 12, COMPATIBILITY "Contracts and payments"): asked by the contract's freelancer on
 * an accepted contract for at most what it still leaves, shown in the order's conversation as a payment message pushed
 * on the chat socket, listed 5 per page, rejected only by the payee (the client), never completed or failed by a PATCH;
 * its {@code conversation_id}, when sent, must be the conversation of the contract's order (ADR 34).
 */
class PaymentRequestApiTest extends BillingApiSupport {

    @Test
    void theFreelancerAsksAndTheRequestAppearsInTheConversation() {
        Chat chat = billableOrder("Logo");
        long contract = acceptedContract(chat, "20000");
        try (TestSocket clientSocket = chatSocket(chat, chat.client())) {
            Response created = requestPayment(chat, chat.freelancer(), contract, 5000, "First half");

            assertStatus(created, 201);
            JsonNode request = created.json();
            assertThat(request.propertyNames()).containsExactlyInAnyOrder("id", "contract", "requested_by",
                    "freelancer_name", "payee", "payee_name", "amount", "description", "status", "payment_method",
                    "transaction_id", "created_at", "updated_at");
            assertThat(request.get("contract").asLong()).isEqualTo(contract);
            assertThat(request.get("requested_by").asLong()).isEqualTo(chat.freelancer().userId());
            assertThat(request.get("freelancer_name").asString()).isEqualTo("John Doe");
            assertThat(request.get("payee").asLong()).isEqualTo(chat.client().userId());
            assertThat(request.get("payee_name").asString()).isEqualTo("Jane Smith");
            assertThat(decimal(request.get("amount"))).isEqualByComparingTo("5000");
            assertThat(request.get("description").asString()).isEqualTo("First half");
            assertThat(request.get("status").asString()).isEqualTo("pending");
            assertThat(request.get("payment_method").asString()).isEqualTo("razorpay");
            assertThat(request.get("transaction_id").isNull()).isTrue();
            long id = request.get("id").asLong();

            JsonNode frame = paymentFrame(clientSocket, id);
            assertThat(frame.get("message_type").asString()).isEqualTo("payment");
            assertThat(frame.get("sender_id").asLong()).isEqualTo(chat.freelancer().userId());
            assertThat(frame.get("content").asString()).isEqualTo("First half");
            assertThat(frame.get("payment_status").asString()).isEqualTo("pending");
            assertThat(history(chat, chat.client()).valueStream().filter(m -> m.get("message_type").asString().equals("payment"))
                    .map(m -> m.get("payment_request").asLong()).toList()).containsExactly(id);
            for (Party party : List.of(chat.client(), chat.freelancer())) {
                assertThat(fetch(PAYMENT_REQUESTS + id + "/", party.caller()).json()).isEqualTo(request);
            }
        }
    }

    @Test
    void theConversationIdIsTheConversationOfTheContractsOrderOrNone() {
        Chat chat = billableOrder("Logo");
        Chat otherOrder = acceptedServiceOrder(chat.client(), chat.freelancer(), "Banner");
        awaitBilling(otherOrder.orderId());
        long contract = acceptedContract(chat, "20000");
        String refused = "{'conversation_id': [\"This is not the conversation of the contract's order.\"]}";

        assertAnswer(askIn(chat, contract, otherOrder.id()), 400, refused);
        assertAnswer(askIn(chat, contract, 999_999_999_999L), 400, refused);
        assertAnswer(askIn(chat, contract, 0), 400, refused);
        assertAnswer(askIn(chat, contract, "-" + chat.id()), 400, refused);
        assertThat(jdbc.queryForObject("select count(*) from billing.payment_request where contract_id = ?",
                Integer.class, contract)).as("nothing stored").isZero();

        assertStatus(askIn(chat, contract, chat.id()), 201);
        assertStatus(askIn(chat, contract, String.valueOf(chat.id())), 201);
        assertStatus(send("POST", PAYMENT_REQUESTS, chat.freelancer().caller(), body("contract", contract, "amount", 10,
                "description", "no conversation named", "payment_method", "upi")), 201);
        assertStatus(askIn(chat, contract, null), 201);
        String payments = "select count(*) from conversations.message where conversation_id = ? and message_type = 'PAYMENT'";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(payments, Integer.class, chat.id()) == 4);
        assertThat(jdbc.queryForObject(payments, Integer.class, otherOrder.id())).as("the other order's").isZero();
        assertThat(jdbc.queryForObject("select count(*) from billing.payment_request where contract_id = ?",
                Integer.class, contract)).isEqualTo(4);
    }

    @Autowired
    ConversationAnnouncer announcer;

    @Test
    void aConversationStoredBeforeItWasAnnouncedMayBeNamedOnceAnnounced() {
        Chat chat = billableOrder("Old chat");
        long contract = acceptedContract(chat, "20000");
        // as a database of an earlier version holds it: never announced, so billing does not know it
        jdbc.update("update conversations.conversation set announced = false where id = ?", chat.id());
        jdbc.update("delete from billing.order_conversation where order_id = ?", chat.orderId());
        assertAnswer(askIn(chat, contract, chat.id()), 400,
                "{'conversation_id': [\"This is not the conversation of the contract's order.\"]}");

        while (announcer.announceNextBatch(ConversationAnnouncer.BATCH) > 0) {
            // the next batch
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForList(
                "select conversation_id from billing.order_conversation where order_id = ?", Long.class,
                chat.orderId()).equals(List.of(chat.id())));
        assertStatus(askIn(chat, contract, chat.id()), 201);
        assertThat(jdbc.queryForObject("select announced from conversations.conversation where id = ?", Boolean.class,
                chat.id())).isTrue();
    }

    @Test
    void theAmountIsPositiveAndAtMostWhatTheContractStillLeaves() {
        Chat chat = billableOrder("Amounts");
        long contract = acceptedContract(chat, "20000");

        assertAnswer(requestPayment(chat, chat.freelancer(), contract, 0, ""), 400,
                "{'amount': ['Amount must be greater than zero.']}");
        long first = requested(chat, contract, "15000", "Most of it");
        assertAnswer(requestPayment(chat, chat.freelancer(), contract, "5000.01", ""), 400,
                "{'amount': ['Ensure the amount is at most 5000.00, what this contract still leaves to request.']}");
        assertStatus(send("PATCH", PAYMENT_REQUESTS + first + "/", chat.client().caller(), body("status", "rejected")), 200);
        assertStatus(requestPayment(chat, chat.freelancer(), contract, "20000", "all of it, again"), 201);
        assertAnswer(requestPayment(chat, chat.freelancer(), contract, 1, ""), 400,
                "{'amount': ['Ensure the amount is at most 0.00, what this contract still leaves to request.']}");
    }

    @Test
    void onlyTheFreelancerOfAnAcceptedContractAsks() {
        Chat chat = billableOrder("Who");
        long pending = contractOf(chat, chat.freelancer(), "1000").get("id").asLong();

        assertAnswer(requestPayment(chat, chat.freelancer(), pending, 10, ""), 400,
                "{'contract': ['Payments can be requested on accepted contracts only.']}");
        assertStatus(send("POST", CONTRACTS + pending + "/accept/", chat.client().caller(), null), 200);
        assertAnswer(requestPayment(chat, chat.client(), pending, 10, ""), 400,
                "{'contract': [\"Only the contract's freelancer can request a payment.\"]}");
        assertAnswer(requestPayment(chat, chat.freelancer(), pending + 1_000_000, 10, ""), 400,
                "{'contract': ['Invalid pk \"" + (pending + 1_000_000) + "\" - object does not exist.']}");
        assertAnswer(send("POST", PAYMENT_REQUESTS, chat.freelancer().caller(), body("contract", pending, "amount", 10,
                "payment_method", "cash", "conversation_id", "fifteen")), 400,
                "{'payment_method': ['\"cash\" is not a valid choice.'], 'conversation_id': ['A valid integer is required.']}");
        assertAnswer(send("POST", PAYMENT_REQUESTS, chat.freelancer().caller(), body()), 400,
                "{'contract': ['This field is required.'], 'amount': ['This field is required.']}");
        assertThat(jdbc.queryForObject("select count(*) from billing.payment_request where contract_id = ?",
                Integer.class, pending)).isZero();
    }

    @Test
    void nobodyPatchesARequestCompletedOrFailedAndOnlyThePayeeRejects() {
        Chat chat = billableOrder("Patch");
        long contract = acceptedContract(chat, "1000");
        long id = requested(chat, contract, 100, "");

        for (Party party : List.of(chat.client(), chat.freelancer())) {
            for (String status : List.of("completed", "failed", "pending")) {
                assertAnswer(send("PATCH", PAYMENT_REQUESTS + id + "/", party.caller(), body("status", status)), 400,
                        "{'status': ['Only a verified payment completes or fails a payment request; you may reject a pending one.']}");
            }
        }
        assertAnswer(send("PATCH", PAYMENT_REQUESTS + id + "/", chat.freelancer().caller(), body("status", "rejected")),
                400, "{'status': ['Only the client asked to pay can reject this payment request.']}");
        assertThat(jdbc.queryForObject("select status from billing.payment_request where id = ?", String.class, id))
                .isEqualTo("PENDING");

        Response rejected = send("PATCH", PAYMENT_REQUESTS + id + "/", chat.client().caller(), body("status", "Rejected"));
        assertStatus(rejected, 200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertAnswer(send("PATCH", PAYMENT_REQUESTS + id + "/", chat.client().caller(), body("status", "rejected")),
                400, "{'status': ['Only a pending payment request can be rejected; this one is rejected.']}");
        await().atMost(Duration.ofSeconds(20)).until(() -> "rejected".equals(jdbc.queryForObject(
                "select payment_status from conversations.message where payment_request_id = ?", String.class, id)));
    }

    @Test
    void theListIsAnEnvelopeOfFiveNewestFirstAndTheFullListAPlainArray() {
        Chat chat = billableOrder("Pages");
        long contract = acceptedContract(chat, "1000");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(1));
            ids.add(requested(chat, contract, 10, "part " + i));
        }
        List<Long> newestFirst = new ArrayList<>(ids.reversed());

        for (Party party : List.of(chat.client(), chat.freelancer())) {
            Response first = fetch(PAYMENT_REQUESTS, party.caller());
            assertStatus(first, 200);
            assertThat(first.json().get("count").asInt()).isEqualTo(6);
            assertThat(first.json().get("previous").isNull()).isTrue();
            assertThat(first.json().get("next").asString()).endsWith("/api/v1/messaging/payment-requests/?page=2");
            assertThat(first.json().get("results").valueStream().map(r -> r.get("id").asLong()).toList())
                    .isEqualTo(newestFirst.subList(0, 5));
            Response second = fetch(PAYMENT_REQUESTS + "?page=2", party.caller());
            assertThat(second.json().get("results").valueStream().map(r -> r.get("id").asLong()).toList())
                    .isEqualTo(newestFirst.subList(5, 6));
            Response full = fetch(PAYMENT_REQUESTS_FULL, party.caller());
            assertStatus(full, 200);
            assertThat(full.json().valueStream().map(r -> r.get("id").asLong()).toList()).isEqualTo(newestFirst);
        }
        assertAnswer(fetch(PAYMENT_REQUESTS + "?page=3", chat.client().caller()), 404, "{'detail': 'Invalid page.'}");
    }

    @Test
    void twoRequestsAtTheSameInstantNeverTogetherExceedTheContract() {
        Chat chat = billableOrder("Race");
        long contract = acceptedContract(chat, "1000");

        List<Response> answers = together(List.of(
                () -> requestPayment(chat, chat.freelancer(), contract, 600, "one"),
                () -> requestPayment(chat, chat.freelancer(), contract, 600, "two")));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 400);
        assertThat(jdbc.queryForObject("select sum(amount) from billing.payment_request where contract_id = ?",
                java.math.BigDecimal.class, contract)).isEqualByComparingTo("600");
    }

    /** The chat's freelancer asks for 10 on the contract, naming {@code conversation} as {@code conversation_id}. */
    private Response askIn(Chat chat, long contract, Object conversation) {
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>(body("contract", contract, "amount", 10,
                "description", "asked in " + conversation, "payment_method", "razorpay"));
        form.put("conversation_id", conversation);
        return send("POST", PAYMENT_REQUESTS, chat.freelancer().caller(), form);
    }

    /** The chat socket's frame of the payment request's message (other frames, e.g. presence, skipped). */
    private static JsonNode paymentFrame(TestSocket socket, long request) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            JsonNode frame = socket.next(Duration.ofSeconds(1));
            if (frame != null && frame.has("payment_request") && frame.get("payment_request").asLong() == request) {
                return frame;
            }
        }
        throw new AssertionError("No frame of payment request " + request);
    }
}
