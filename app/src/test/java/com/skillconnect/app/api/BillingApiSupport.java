package com.skillconnect.app.api;

import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/**
 * What the billing API tests share: accepted orders between two parties with real profiles, through marketplace's
 * own endpoints, with their conversation ({@link ConversationApiSupport}), waited for until billing knows the order
 * and the parties' names (it learns them from marketplace's and talent's events, asynchronously); and the contract
 * and payment request requests. Adds no configuration, so the context stays shared.
 */
abstract class BillingApiSupport extends ConversationApiSupport {

    static final String CONTRACTS = "/api/v1/messaging/contracts/";
    static final String PAYMENT_REQUESTS = "/api/v1/messaging/payment-requests/";
    static final String PAYMENT_REQUESTS_FULL = "/api/v1/messaging/payment-requests-full/";

    /** An accepted service order (its conversation open) that billing knows, with both parties' names. */
    Chat billableOrder(String title) {
        Chat chat = acceptedServiceOrder(clientWithProfile("Jane", "Smith"), freelancerWithProfile("John", "Doe"), title);
        awaitBilling(chat.orderId(), chat.client(), chat.freelancer());
        return chat;
    }

    /**
     * Waits until billing knows the order as accepted, its conversation (conversations' {@code ConversationOpened}: a
     * payment request names it) and the parties' names.
     */
    void awaitBilling(long order, Party... parties) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from billing.order_ref where order_id = ? and status = 'ACCEPTED'", Integer.class,
                order) == 1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from billing.order_conversation where order_id = ?", Integer.class, order) == 1);
        for (Party party : parties) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                    "select count(*) from billing.profile_card where user_id = ?", Integer.class, party.userId()) > 0);
        }
    }

    static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** The body the freelancer's screen creates a contract with (amount as a string). */
    static java.util.Map<String, Object> frontendContract(long orderId, String amount) {
        return body("amount", amount, "deadline", inDays(30), "terms", "50% upfront", "milestones", "Design, build",
                "status", "pending", "workflow_status", "planning", "order_type", "service", "order_id", orderId);
    }

    Response createContract(Party party, java.util.Map<String, Object> body) {
        return send("POST", CONTRACTS, party.caller(), body);
    }

    /** Creates a pending contract of the order (by {@code creator}) for the amount; answers it (201 expected). */
    JsonNode contractOf(Chat chat, Party creator, String amount) {
        Response created = createContract(creator, frontendContract(chat.orderId(), amount));
        assertStatus(created, 201);
        return created.json();
    }

    /** A contract of the order created by its freelancer and accepted by its client; answers its id. */
    long acceptedContract(Chat chat, String amount) {
        long id = contractOf(chat, chat.freelancer(), amount).get("id").asLong();
        assertStatus(send("POST", CONTRACTS + id + "/accept/", chat.client().caller(), null), 200);
        return id;
    }

    Response patchContract(long id, Party party, Object... namesAndValues) {
        return send("PATCH", CONTRACTS + id + "/", party.caller(), body(namesAndValues));
    }

    Response requestPayment(Chat chat, Party party, long contract, Object amount, String description) {
        return send("POST", PAYMENT_REQUESTS, party.caller(), body("contract", contract, "amount", amount,
                "description", description, "payment_method", "razorpay", "conversation_id", chat.id()));
    }

    /** A payment request of the contract by the chat's freelancer; answers its id (201 expected). */
    long requested(Chat chat, long contract, Object amount, String description) {
        Response created = requestPayment(chat, chat.freelancer(), contract, amount, description);
        assertStatus(created, 201);
        return created.json().get("id").asLong();
    }

    static BigDecimal decimal(JsonNode value) {
        return new BigDecimal(value.asString());
    }
}
