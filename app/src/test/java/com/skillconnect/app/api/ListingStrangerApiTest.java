package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of gigs and proposals: every endpoint taking a gig's or a proposal's id, called by a
 * stranger (a user with a profile of either kind who does not own it), answers 404 {@code {"detail": "Not found."}}
 * and changes nothing. (Merged with the orders' MarketplaceStrangerApiTest at integration.)
 */
class ListingStrangerApiTest extends ListingApiSupport {

    record Endpoint(String name, Supplier<Response> request, Supplier<Object> state) {
    }

    @Test
    void aStrangerGetsNotFoundFromEveryGigAndProposalEndpointAndChangesNothing() {
        Party freelancer = freelancerWithProfile("John", "Owner");
        Party client = clientWithProfile("Jane", "Owner");
        long gig = createdGig(freelancer, gigExample()).get("id").asLong();
        long proposal = createdProposal(client, proposalExample()).get("id").asLong();
        List<Party> strangers = List.of(freelancerWithProfile("Mira", "Sen"), clientWithProfile("Asha", "Rao"));

        List<Endpoint> endpoints = new ArrayList<>();
        for (Party stranger : strangers) {
            String who = " by " + stranger.name();
            String gigPath = SERVICES + gig + "/";
            String proposalPath = PROPOSALS + proposal + "/";
            endpoints.add(new Endpoint("GET services/{id}/" + who, () -> fetch(gigPath, stranger.caller()), () -> gigRow(gig)));
            endpoints.add(new Endpoint("PUT services/{id}/" + who,
                    () -> send("PUT", gigPath, stranger.caller(), gigExample()), () -> gigRow(gig)));
            endpoints.add(new Endpoint("PATCH services/{id}/" + who,
                    () -> send("PATCH", gigPath, stranger.caller(), Map.of("title", "Mine now")), () -> gigRow(gig)));
            endpoints.add(new Endpoint("PATCH services/{id}/ (invalid)" + who,
                    () -> send("PATCH", gigPath, stranger.caller(), Map.of("price", 0)), () -> gigRow(gig)));
            endpoints.add(new Endpoint("DELETE services/{id}/" + who,
                    () -> send("DELETE", gigPath, stranger.caller(), null), () -> gigRow(gig)));
            endpoints.add(new Endpoint("GET proposals/{id}/" + who, () -> fetch(proposalPath, stranger.caller()),
                    () -> proposalRow(proposal)));
            endpoints.add(new Endpoint("PUT proposals/{id}/" + who,
                    () -> send("PUT", proposalPath, stranger.caller(), proposalExample()), () -> proposalRow(proposal)));
            endpoints.add(new Endpoint("PATCH proposals/{id}/" + who,
                    () -> send("PATCH", proposalPath, stranger.caller(), Map.of("title", "Mine now")), () -> proposalRow(proposal)));
            endpoints.add(new Endpoint("DELETE proposals/{id}/" + who,
                    () -> send("DELETE", proposalPath, stranger.caller(), null), () -> proposalRow(proposal)));
        }

        for (Endpoint endpoint : endpoints) {
            Object before = endpoint.state().get();
            Response answer = endpoint.request().get();
            assertThat(answer.status()).as(endpoint.name() + ": %s", answer).isEqualTo(404);
            assertThat(answer.json()).as(endpoint.name()).isEqualTo(json("{'detail': 'Not found.'}"));
            assertThat(endpoint.state().get()).as(endpoint.name()).isEqualTo(before);
        }
        assertThat(endpoints).hasSize(18);
        for (Party stranger : strangers) {
            assertThat(fetch(SERVICES, stranger.caller()).json()).isEmpty();
            assertThat(fetch(PROPOSALS, stranger.caller()).json()).isEmpty();
        }
    }
}
