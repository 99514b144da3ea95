package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.FakeRazorpay;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of the Messaging API's money part: every billing endpoint, called by a stranger (a user
 * with a profile of either kind who is no party of the order), answers 404 {@code {"detail": "Not found."}} for the
 * contract or payment request, whatever the body; creating a contract for someone else's order or a payment request on
 * someone else's contract answers 400 as for a missing one; the lists show nothing of others; the payment request's
 * Razorpay checkout (opening the order, verifying a payment) is not found either, and Razorpay is never called; the
 * order's contracts socket refuses the handshake (404, no upgrade); and nothing changes.
 * Extend {@link #endpoints} with each new one.
 */
class BillingStrangerApiTest extends BillingApiSupport {

    record Endpoint(String name, Supplier<Response> request, int status, String body) {
    }

    List<Endpoint> endpoints(Chat open, long pending, Chat paid, long accepted, long payment, Party stranger) {
        String who = " by " + stranger.name();
        String notFound = "{'detail': 'Not found.'}";
        String contract = CONTRACTS + pending + "/";
        String request = PAYMENT_REQUESTS + payment + "/";
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("POST contracts/" + who, () -> createContract(stranger,
                frontendContract(open.orderId(), "10")), 400, "{'order_id': ['No accepted order of yours has this id.']}"));
        endpoints.add(new Endpoint("GET contracts/?order_type&order_id" + who, () -> fetch(CONTRACTS
                + "?order_type=service&order_id=" + open.orderId(), stranger.caller()), 200, "[]"));
        endpoints.add(new Endpoint("GET contracts/" + who, () -> fetch(CONTRACTS, stranger.caller()), 200, "[]"));
        endpoints.add(new Endpoint("GET contracts/{id}/" + who, () -> fetch(contract, stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("PATCH contracts/{id}/ status" + who, () -> patchContract(pending, stranger,
                "status", "accepted"), 404, notFound));
        endpoints.add(new Endpoint("PATCH contracts/{id}/ terms" + who, () -> patchContract(pending, stranger,
                "amount", 1, "terms", "mine"), 404, notFound));
        endpoints.add(new Endpoint("PATCH contracts/{id}/ (invalid)" + who, () -> patchContract(pending, stranger,
                "amount", "lots", "status", "signed"), 404, notFound));
        endpoints.add(new Endpoint("PATCH contracts/{id}/ (a list)" + who, () -> send("PATCH", contract, stranger.caller(),
                List.of(1)), 404, notFound));
        endpoints.add(new Endpoint("PATCH contracts/{id}/ workflow" + who, () -> patchContract(accepted, stranger,
                "workflow_status", "completed"), 404, notFound));
        endpoints.add(new Endpoint("POST contracts/{id}/accept/" + who, () -> send("POST", contract + "accept/",
                stranger.caller(), null), 404, notFound));
        endpoints.add(new Endpoint("POST contracts/{id}/reject/" + who, () -> send("POST", contract + "reject/",
                stranger.caller(), null), 404, notFound));
        endpoints.add(new Endpoint("GET contracts/active/" + who, () -> fetch(CONTRACTS + "active/", stranger.caller()),
                200, "[]"));
        endpoints.add(new Endpoint("GET contracts/unique_freelancers/" + who, () -> fetch(CONTRACTS
                + "unique_freelancers/", stranger.caller()), 200, "{'count': 0, 'freelancers': []}"));
        endpoints.add(new Endpoint("POST payment-requests/" + who, () -> requestPayment(paid, stranger, accepted, 1, ""),
                400, "{'contract': ['Invalid pk \"" + accepted + "\" - object does not exist.']}"));
        endpoints.add(new Endpoint("GET payment-requests/" + who, () -> fetch(PAYMENT_REQUESTS, stranger.caller()), 200,
                "{'count': 0, 'next': null, 'previous': null, 'results': []}"));
        endpoints.add(new Endpoint("GET payment-requests-full/" + who, () -> fetch(PAYMENT_REQUESTS_FULL,
                stranger.caller()), 200, "[]"));
        endpoints.add(new Endpoint("GET payment-requests/{id}/" + who, () -> fetch(request, stranger.caller()), 404,
                notFound));
        endpoints.add(new Endpoint("PATCH payment-requests/{id}/ rejected" + who, () -> send("PATCH", request,
                stranger.caller(), body("status", "rejected")), 404, notFound));
        endpoints.add(new Endpoint("PATCH payment-requests/{id}/ completed" + who, () -> send("PATCH", request,
                stranger.caller(), body("status", "completed")), 404, notFound));
        endpoints.add(new Endpoint("PATCH payment-requests/{id}/ (invalid)" + who, () -> send("PATCH", request,
                stranger.caller(), body("status", "bogus")), 404, notFound));
        String payments = "/api/v1/messaging/payments/" + payment + "/";
        endpoints.add(new Endpoint("POST payments/{id}/create-razorpay-order/" + who, () -> send("POST", payments
                + "create-razorpay-order/", stranger.caller(), null), 404, notFound));
        endpoints.add(new Endpoint("POST payments/{id}/verify-razorpay-payment/" + who, () -> send("POST", payments
                + "verify-razorpay-payment/", stranger.caller(), body("razorpay_order_id", "order_IluGWxBm9U8zJ8",
                "razorpay_payment_id", "pay_IluGWxBm9U8zJ9", "razorpay_signature", FakeRazorpay.paymentSignature(
                        "order_IluGWxBm9U8zJ8", "pay_IluGWxBm9U8zJ9"))), 404, notFound));
        endpoints.add(new Endpoint("POST payments/{id}/verify-razorpay-payment/ (invalid)" + who, () -> send("POST",
                payments + "verify-razorpay-payment/", stranger.caller(), body("razorpay_order_id", 1)), 404, notFound));
        return endpoints;
    }

    @Test
    void aStrangerGetsNotFoundFromEveryBillingEndpointAndChangesNothing() {
        Chat open = billableOrder("Open");
        long pending = contractOf(open, open.client(), "700").get("id").asLong();
        Chat paid = billableOrder("Paid");
        long accepted = acceptedContract(paid, "900");
        long payment = requested(paid, accepted, 100, "Part");
        Party strangerClient = clientWithProfile("Asha", "Rao");
        Party strangerFreelancer = freelancerWithProfile("Mira", "Sen");
        awaitBilling(open.orderId(), strangerClient, strangerFreelancer);
        List<Map<String, Object>> before = state();
        FakeRazorpay.shared().opensOrders(); // forgets the orders asked for before

        int walked = 0;
        for (Party stranger : List.of(strangerClient, strangerFreelancer)) {
            for (Endpoint endpoint : endpoints(open, pending, paid, accepted, payment, stranger)) {
                Response answer = endpoint.request().get();
                assertThat(answer.status()).as(endpoint.name() + ": %s", answer).isEqualTo(endpoint.status());
                assertThat(answer.json()).as(endpoint.name()).isEqualTo(json(endpoint.body()));
                assertThat(state()).as(endpoint.name()).isEqualTo(before);
                walked++;
            }
        }
        assertThat(walked).isEqualTo(2 * 23);
        assertThat(FakeRazorpay.shared().orderRequests()).as("no Razorpay order opened for a stranger").isEmpty();

        // the contracts socket of either order: refused before the upgrade, as for an order that does not exist
        for (Party stranger : List.of(strangerClient, strangerFreelancer)) {
            for (Chat order : List.of(open, paid)) {
                String socket = ContractSocketApiTest.socketPath("service", order.orderId()) + "?token="
                        + stranger.caller().access();
                assertThat(TestSocket.handshakeStatus(port, socket)).as("contracts socket by " + stranger.name())
                        .isEqualTo(404);
            }
        }
    }

    /** Everything of billing that a request could change. */
    private List<Map<String, Object>> state() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from billing.contract order by id"));
        rows.addAll(jdbc.queryForList("select * from billing.payment_request order by id"));
        return rows;
    }
}
