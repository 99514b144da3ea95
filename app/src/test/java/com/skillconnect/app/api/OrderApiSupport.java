package com.skillconnect.app.api;

import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.OrderSubjectRows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * What the order API tests share: parties with real profiles (created through talent's API; marketplace learns
 * their cards from talent's events, so each helper waits until it has them), gigs and proposals (SQL rows for now,
 * {@link OrderSubjectRows}), and the order requests. Adds no configuration, so the context stays shared.
 */
abstract class OrderApiSupport extends FreelancerApiSupport {

    static final String SERVICE_ORDERS = "/api/v1/gigs/service-orders/";
    static final String PROPOSAL_ORDERS = "/api/v1/gigs/proposal-orders/";

    OrderSubjectRows subjects;

    /** A user with a profile: who calls, and their profile id (the {@code id} of the cards). */
    record Party(Caller caller, long profileId, String name) {
        long userId() {
            return caller.userId();
        }
    }

    @BeforeEach
    void subjectRows() {
        subjects = new OrderSubjectRows(jdbc);
    }

    /** A freelancer with a freelancer profile (the API document's example, named as given) that marketplace knows. */
    Party freelancerWithProfile(String firstName, String lastName) {
        Caller caller = freelancer();
        Map<String, Object> body = example();
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        JsonNode profile = create(caller, body);
        awaitCard("freelancer_card", caller.userId());
        return new Party(caller, profile.get("id").asLong(), firstName + " " + lastName);
    }

    /** A client with a business client profile (the API document's example, named as given) that marketplace knows. */
    Party clientWithProfile(String firstName, String lastName) {
        Caller caller = clientUser();
        Map<String, Object> body = ClientApiTestBase.documentExample();
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        Response created = send("POST", "/api/v1/profiles/client/profile-setup/", caller, body);
        assertStatus(created, 201);
        awaitCard("client_card", caller.userId());
        return new Party(caller, created.json().get("id").asLong(), firstName + " " + lastName);
    }

    private void awaitCard(String table, long userId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from marketplace." + table + " where user_id = ?", Integer.class, userId) == 1);
    }

    long gigOf(Party freelancer, String title) {
        return subjects.gig(freelancer.profileId(), freelancer.userId(), title, "gigs/" + title.replace(' ', '-') + ".png");
    }

    long proposalOf(Party client, String title) {
        return subjects.proposal(client.profileId(), client.userId(), title);
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
