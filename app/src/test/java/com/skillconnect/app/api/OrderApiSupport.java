package com.skillconnect.app.api;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What the order API tests share: parties with real profiles ({@link MarketplaceApiSupport}), gigs and proposals
 * created through their own endpoints ({@link ListingApiSupport}), and the order requests. Adds no configuration,
 * so the context stays shared.
 */
abstract class OrderApiSupport extends ListingApiSupport {

    static final String SERVICE_ORDERS = "/api/v1/gigs/service-orders/";
    static final String PROPOSAL_ORDERS = "/api/v1/gigs/proposal-orders/";

    /** An active gig of the freelancer ("Create Service"'s example with this title: 25000, 10 days), no image. */
    long gigOf(Party freelancer, String title) {
        return createdGig(freelancer, with(gigExample(), "title", title)).get("id").asLong();
    }

    /** An open proposal of the client ("Create Proposal"'s example with this title: 10000–30000, 7 days). */
    long proposalOf(Party client, String title) {
        return createdProposal(client, with(proposalExample(), "title", title)).get("id").asLong();
    }

    /** Changes these fields of the gig through its freelancer's PATCH (alternating names and values). */
    void patchGig(Party freelancer, long gig, Object... namesAndValues) {
        assertStatus(send("PATCH", SERVICES + gig + "/", freelancer.caller(), body(namesAndValues)), 200);
    }

    /** The proposal's status and selected freelancer's id (null when none), as its client reads them. */
    Map<String, Object> proposalState(Party client, long proposal) {
        Response read = fetch(PROPOSALS + proposal + "/", client.caller());
        assertStatus(read, 200);
        JsonNode selected = read.json().get("selected_freelancer");
        Map<String, Object> state = new HashMap<>();
        state.put("status", read.json().get("status").asString());
        state.put("selected_freelancer_id", selected == null || selected.isNull() ? null : selected.get("id").asLong());
        return state;
    }

    Response orderService(Caller caller, long gigId, String message) {
        return send("POST", SERVICE_ORDERS, caller, body("service_id", gigId, "message", message));
    }

    Response applyTo(Caller caller, long proposalId, String message) {
        return send("POST", PROPOSAL_ORDERS, caller, body("proposal_id", proposalId, "message", message));
    }

    /** Places and answers the new order's id (201 expected). */
    long placed(Response response) {
        assertStatus(response, 201);
        return response.json().get("id").asLong();
    }

    Response changeStatus(String orders, long id, Caller caller, String status) {
        return send("PATCH", orders + id + "/", caller, body("status", status));
    }

    String orderStatus(long id) {
        return jdbc.queryForObject("select status from marketplace.orders where id = ?", String.class, id);
    }

    /** The order's row as stored, to prove that a refused request changed nothing. */
    Map<String, Object> orderRow(long id) {
        return jdbc.queryForMap("select * from marketplace.orders where id = ?", id);
    }

    /** Sends the requests from as many threads, released together; answers in the requests' order. */
    static List<Response> together(List<Supplier<Response>> requests) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
            List<Future<Response>> calls = requests.stream().map(request -> threads.submit(() -> {
                start.await();
                return request.get();
            })).toList();
            start.countDown();
            return calls.stream().map(call -> {
                try {
                    return call.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
