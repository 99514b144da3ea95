package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on billing's creating POSTs (ADR 31): a contract, a payment request and a Razorpay order
 * asked for twice under one key are created once, the repeat answered with the first answer.
 */
class BillingIdempotencyApiTest extends RazorpayApiSupport {

    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void aContractPostedTwiceUnderOneKeyIsCreatedOnce() {
        Chat chat = billableOrder("Once");
        Map<String, Object> contract = frontendContract(chat.orderId(), "1000");

        Response first = keyed(chat.freelancer(), CONTRACTS, contract, "contract-" + chat.orderId());
        Response again = keyed(chat.freelancer(), CONTRACTS, contract, "contract-" + chat.orderId());

        assertStatus(first, 201);
        assertStatus(again, 201);
        assertThat(again.header(REPLAYED)).hasValue("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("select count(*) from billing.contract where order_id = ?", Integer.class,
                chat.orderId())).isEqualTo(1);
        assertAnswer(createContract(chat.freelancer(), contract), 400,
                "{'order_id': ['This order already has a contract (draft, pending or accepted).']}");
    }

    @Test
    void aPaymentRequestPostedTwiceUnderOneKeyIsAskedOnce() {
        Chat chat = billableOrder("Ask once");
        long contract = acceptedContract(chat, "1000");
        Map<String, Object> ask = body("contract", contract, "amount", 300, "description", "Deposit",
                "payment_method", "razorpay", "conversation_id", chat.id());

        Response first = keyed(chat.freelancer(), PAYMENT_REQUESTS, ask, "ask-" + contract);
        Response again = keyed(chat.freelancer(), PAYMENT_REQUESTS, ask, "ask-" + contract);

        assertStatus(first, 201);
        assertThat(again.header(REPLAYED)).hasValue("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("select count(*) from billing.payment_request where contract_id = ?",
                Integer.class, contract)).isEqualTo(1);
    }

    @Test
    void aRazorpayOrderAskedTwiceUnderOneKeyIsOpenedOnce() {
        Payable payable = payable("Open once", "1000", 1000);
        String path = PAYMENTS + payable.request() + "/create-razorpay-order/";

        Response first = api.request("POST", path).from(client).bearer(payable.payee().caller().access())
                .header("Idempotency-Key", "open-" + payable.request()).send();
        Response again = api.request("POST", path).from(client).bearer(payable.payee().caller().access())
                .header("Idempotency-Key", "open-" + payable.request()).send();

        assertStatus(first, 200);
        assertThat(again.header(REPLAYED)).hasValue("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(razorpay.orderRequests()).hasSize(1);
    }

    private Response keyed(Party party, String path, Map<String, Object> json, String key) {
        return api.request("POST", path).from(client).json(json).bearer(party.caller().access())
                .header("Idempotency-Key", key).send();
    }
}
