package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of the Gigs API: every marketplace endpoint that takes an id (gigs, proposals,
 * service orders, applications, notifications), called with a stranger's token (a user with a profile of either
 * kind who is no party of the object), answers 404 {@code {"detail": "Not found."}} and changes nothing. Extend
 * {@link #endpointsTakingAnId} with each new one.
 */
class MarketplaceStrangerApiTest extends OrderApiSupport {

    private static final String NOTIFICATIONS = GIGS + "notifications/";

    /** One endpoint taking an id: the request to send, and the state that must not change. */
    record Endpoint(String name, Supplier<Response> request, Supplier<Object> state) {
    }

    /** The objects of the world the strangers call into, and the strangers. */
    record World(Party client, Party freelancer, Party strangerClient, Party strangerFreelancer, long gig,
            long proposal, long serviceOrder, long application, long notification) {
    }

    World world() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        long gig = gigOf(freelancer, "Logo");
        long proposal = proposalOf(client, "Landing page");
        long serviceOrder = placed(orderService(client.caller(), gig, "Hi"));
        long application = placed(applyTo(freelancer.caller(), proposal, "me"));
        return new World(client, freelancer, clientWithProfile("Asha", "Rao"), freelancerWithProfile("Mira", "Sen"),
                gig, proposal, serviceOrder, application, notificationOf(freelancer, serviceOrder));
    }

    /** The notification the order's placing sent its freelancer (stored asynchronously: waited for). */
    private long notificationOf(Party recipient, long serviceOrder) {
        String query = """
                select id from marketplace.notification
                where recipient_user_id = ? and order_type = 'SERVICE' and order_id = ?""";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !jdbc.queryForList(query, Long.class, recipient.userId(), serviceOrder).isEmpty());
        return jdbc.queryForObject(query, Long.class, recipient.userId(), serviceOrder);
    }

    List<Endpoint> endpointsTakingAnId(World world) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Party stranger : List.of(world.strangerClient(), world.strangerFreelancer())) {
            String who = stranger == world.strangerClient() ? "a client" : "a freelancer";
            listingEndpoints(world, stranger, " by " + who, endpoints);
            endpoints.add(new Endpoint("POST notifications/{id}/read/ by " + who,
                    () -> send("POST", NOTIFICATIONS + world.notification() + "/read/", stranger.caller(), null),
                    () -> jdbc.queryForMap("select * from marketplace.notification where id = ?", world.notification())));
            for (String status : List.of("accepted", "rejected", "cancelled", "completed")) {
                endpoints.add(new Endpoint("PATCH service-orders/{id}/ " + status + " by " + who,
                        () -> changeStatus(SERVICE_ORDERS, world.serviceOrder(), stranger.caller(), status),
                        () -> orderRow(world.serviceOrder())));
                endpoints.add(new Endpoint("PATCH proposal-orders/{id}/ " + status + " by " + who,
                        () -> changeStatus(PROPOSAL_ORDERS, world.application(), stranger.caller(), status),
                        () -> orderRow(world.application())));
            }
            endpoints.add(new Endpoint("PATCH service-orders/{id}/ without a status by " + who,
                    () -> send("PATCH", SERVICE_ORDERS + world.serviceOrder() + "/", stranger.caller(), Map.of()),
                    () -> orderRow(world.serviceOrder())));
            endpoints.add(new Endpoint("GET service-orders/{id}/ by " + who,
                    () -> fetch(SERVICE_ORDERS + world.serviceOrder() + "/", stranger.caller()),
                    () -> orderRow(world.serviceOrder())));
            endpoints.add(new Endpoint("GET proposal-orders/{id}/ by " + who,
                    () -> fetch(PROPOSAL_ORDERS + world.application() + "/", stranger.caller()),
                    () -> orderRow(world.application())));
        }
        return endpoints;
    }

    /** Every endpoint taking a gig's or a proposal's id (read, replace, change, invalid change, delete). */
    private void listingEndpoints(World world, Party stranger, String who, List<Endpoint> endpoints) {
        String gigPath = SERVICES + world.gig() + "/";
        String proposalPath = PROPOSALS + world.proposal() + "/";
        Supplier<Object> gig = () -> gigRow(world.gig());
        Supplier<Object> proposal = () -> proposalRow(world.proposal());
        endpoints.add(new Endpoint("GET services/{id}/" + who, () -> fetch(gigPath, stranger.caller()), gig));
        endpoints.add(new Endpoint("PUT services/{id}/" + who,
                () -> send("PUT", gigPath, stranger.caller(), gigExample()), gig));
        endpoints.add(new Endpoint("PATCH services/{id}/" + who,
                () -> send("PATCH", gigPath, stranger.caller(), Map.of("title", "Mine now")), gig));
        endpoints.add(new Endpoint("PATCH services/{id}/ (invalid)" + who,
                () -> send("PATCH", gigPath, stranger.caller(), Map.of("price", 0)), gig));
        endpoints.add(new Endpoint("DELETE services/{id}/" + who,
                () -> send("DELETE", gigPath, stranger.caller(), null), gig));
        endpoints.add(new Endpoint("GET proposals/{id}/" + who, () -> fetch(proposalPath, stranger.caller()), proposal));
        endpoints.add(new Endpoint("PUT proposals/{id}/" + who,
                () -> send("PUT", proposalPath, stranger.caller(), proposalExample()), proposal));
        endpoints.add(new Endpoint("PATCH proposals/{id}/" + who,
                () -> send("PATCH", proposalPath, stranger.caller(), Map.of("title", "Mine now")), proposal));
        endpoints.add(new Endpoint("DELETE proposals/{id}/" + who,
                () -> send("DELETE", proposalPath, stranger.caller(), null), proposal));
    }

    @Test
    void aStrangerGetsNotFoundFromEveryEndpointTakingAnIdAndChangesNothing() {
        World world = world();
        List<Endpoint> endpoints = endpointsTakingAnId(world);

        for (Endpoint endpoint : endpoints) {
            Object before = endpoint.state().get();
            Response answer = endpoint.request().get();
            assertThat(answer.status()).as(endpoint.name() + ": %s", answer).isEqualTo(404);
            assertThat(answer.json()).as(endpoint.name()).isEqualTo(json("{'detail': 'Not found.'}"));
            assertThat(endpoint.state().get()).as(endpoint.name()).isEqualTo(before);
        }
        assertThat(endpoints).hasSize(2 * (9 + 1 + 8 + 3));
        for (Party stranger : List.of(world.strangerClient(), world.strangerFreelancer())) {
            assertThat(fetch(SERVICES, stranger.caller()).json()).isEmpty();
            assertThat(fetch(PROPOSALS, stranger.caller()).json()).isEmpty();
            assertThat(fetch(SERVICE_ORDERS, stranger.caller()).json().get("count").asInt()).isZero();
            assertThat(fetch(PROPOSAL_ORDERS, stranger.caller()).json().get("count").asInt()).isZero();
            assertThat(fetch(NOTIFICATIONS, stranger.caller()).json().get("count").asInt()).isZero();
        }
    }
}
