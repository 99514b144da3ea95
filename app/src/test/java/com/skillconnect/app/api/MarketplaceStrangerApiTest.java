package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of the Gigs API: every marketplace endpoint that takes an id, called with a
 * stranger's token (a user with a profile of the right kind who is no party of the object), answers 404
 * {@code {"detail": "Not found."}} and changes nothing. Extend {@link #endpointsTakingAnId} with each new one
 * (gigs, proposals, notifications).
 */
class MarketplaceStrangerApiTest extends OrderApiSupport {

    /** One endpoint taking an id: the request to send, and the state that must not change. */
    record Endpoint(String name, Supplier<Response> request, Supplier<Object> state) {
    }

    /** The objects of the world the strangers call into, and the strangers. */
    record World(Party client, Party freelancer, Party strangerClient, Party strangerFreelancer, long serviceOrder,
            long application) {
    }

    World world() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        long serviceOrder = placed(orderService(client.caller(), gigOf(freelancer, "Logo"), "Hi"));
        long application = placed(applyTo(freelancer.caller(), proposalOf(client, "Landing page"), "me"));
        return new World(client, freelancer, clientWithProfile("Asha", "Rao"), freelancerWithProfile("Mira", "Sen"),
                serviceOrder, application);
    }

    List<Endpoint> endpointsTakingAnId(World world) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Party stranger : List.of(world.strangerClient(), world.strangerFreelancer())) {
            String who = stranger == world.strangerClient() ? "a client" : "a freelancer";
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
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(22);
        assertThat(fetch(SERVICE_ORDERS, world.strangerClient().caller()).json().get("count").asInt()).isZero();
        assertThat(fetch(PROPOSAL_ORDERS, world.strangerFreelancer().caller()).json().get("count").asInt()).isZero();
    }
}
