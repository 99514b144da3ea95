package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Applications (proposal orders) end to end: a freelancer with a profile applies to an open proposal, the
 * proposal's client decides; accepting one awards the proposal (in progress, selected freelancer) and rejects the
 * other pending applications in the same transaction; of two accepted at once exactly one wins.
 */
class ProposalOrderApiTest extends OrderApiSupport {

    @Test
    void aFreelancerAppliesAndTheAnswerIsTheFullApplication() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party seller = freelancerWithProfile("John", "Doe");
        long proposal = proposalOf(buyer, "Landing Page Design Required");

        Response created = applyTo(seller.caller(), proposal, "I have built ten of these.");

        assertStatus(created, 201);
        JsonNode application = created.json();
        assertThat(application.propertyNames()).containsExactly("id", "client", "freelancer", "proposal", "message",
                "status", "created_at", "updated_at");
        assertThat(application.get("status").asString()).isEqualTo("pending");
        assertThat(application.get("client").get("name").asString()).isEqualTo("Jane Smith");
        assertThat(application.get("freelancer").get("name").asString()).isEqualTo("John Doe");
        JsonNode terms = application.get("proposal");
        assertThat(terms.propertyNames()).containsExactly("id", "title", "budget_min", "budget_max", "timeline_days", "status");
        assertThat(terms.get("id").asLong()).isEqualTo(proposal);
        assertThat(terms.get("title").asString()).isEqualTo("Landing Page Design Required");
        assertThat(terms.get("budget_min").decimalValue()).isEqualByComparingTo("10000");
        assertThat(terms.get("budget_max").decimalValue()).isEqualByComparingTo("30000");
        assertThat(terms.get("timeline_days").asInt()).isEqualTo(7);
        assertThat(terms.get("status").asString()).isEqualTo("open");

        long id = application.get("id").asLong();
        for (Party party : List.of(buyer, seller)) {
            JsonNode list = fetch(PROPOSAL_ORDERS, party.caller()).json();
            assertThat(list.get("count").asInt()).isEqualTo(1);
            assertThat(list.get("results").get(0)).isEqualTo(fetch(PROPOSAL_ORDERS + id + "/", party.caller()).json());
        }
        assertThat(fetch(SERVICE_ORDERS, buyer.caller()).json().get("count").asInt()).as("each list its own type").isZero();
    }

    @Test
    void acceptingAnApplicationAwardsTheProposalAndRejectsTheOthers() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party chosen = freelancerWithProfile("John", "Doe");
        Party other = freelancerWithProfile("Mira", "Sen");
        Party withdrawn = freelancerWithProfile("Ravi", "Kumar");
        long proposal = proposalOf(buyer, "Landing page");
        long winner = placed(applyTo(chosen.caller(), proposal, "me"));
        long loser = placed(applyTo(other.caller(), proposal, "me too"));
        long cancelled = placed(applyTo(withdrawn.caller(), proposal, "maybe"));
        assertStatus(changeStatus(PROPOSAL_ORDERS, cancelled, withdrawn.caller(), "cancelled"), 200);
        long elsewhere = placed(applyTo(other.caller(), proposalOf(buyer, "Another project"), "here too"));

        Response accepted = changeStatus(PROPOSAL_ORDERS, winner, buyer.caller(), "accepted");

        assertStatus(accepted, 200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("proposal").get("status").asString()).isEqualTo("in_progress");
        assertThat(proposalState(buyer, proposal)).containsEntry("status", "in_progress")
                .containsEntry("selected_freelancer_id", chosen.profileId());
        assertThat(orderStatus(loser)).isEqualTo("REJECTED");
        assertThat(orderStatus(cancelled)).isEqualTo("CANCELLED");
        assertThat(orderStatus(elsewhere)).as("an application to another proposal").isEqualTo("PENDING");
        assertThat(publishedEvents.ofType(OrderStatusChanged.class)).filteredOn(changed -> changed.orderId().value() == loser)
                .singleElement().satisfies(changed -> {
                    assertThat(changed.status()).isEqualTo(OrderStatus.REJECTED);
                    assertThat(changed.changedBy()).isNull();
                });

        assertAnswer(applyTo(withdrawn.caller(), proposal, "again"), 400,
                "{'proposal_id': ['No open proposal has this id.']}");
        assertAnswer(changeStatus(PROPOSAL_ORDERS, loser, buyer.caller(), "accepted"), 400,
                "{'error': 'A rejected application cannot be accepted.'}");
        assertAnswer(changeStatus(PROPOSAL_ORDERS, winner, chosen.caller(), "accepted"), 400,
                "{'error': 'This application is already accepted.'}");
        assertStatus(changeStatus(PROPOSAL_ORDERS, winner, chosen.caller(), "completed"), 200);
        assertThat(proposalState(buyer, proposal)).as("the work is done").containsEntry("status", "completed")
                .containsEntry("selected_freelancer_id", chosen.profileId());
    }

    @Test
    void cancellingTheAcceptedApplicationOpensTheProposalAgain() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party chosen = freelancerWithProfile("John", "Doe");
        Party next = freelancerWithProfile("Mira", "Sen");
        long proposal = proposalOf(buyer, "Landing page");
        long application = placed(applyTo(chosen.caller(), proposal, "me"));
        assertStatus(changeStatus(PROPOSAL_ORDERS, application, buyer.caller(), "accepted"), 200);

        assertStatus(changeStatus(PROPOSAL_ORDERS, application, buyer.caller(), "cancelled"), 200);

        assertThat(proposalState(buyer, proposal)).containsEntry("status", "open").containsEntry("selected_freelancer_id", null);
        long another = placed(applyTo(next.caller(), proposal, "I can do it"));
        assertStatus(changeStatus(PROPOSAL_ORDERS, another, buyer.caller(), "accepted"), 200);
        assertThat(proposalState(buyer, proposal)).containsEntry("status", "in_progress")
                .containsEntry("selected_freelancer_id", next.profileId());
    }

    @Test
    void twoApplicationsAcceptedAtOnceMakeOneWinner() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party first = freelancerWithProfile("John", "Doe");
        Party second = freelancerWithProfile("Mira", "Sen");
        for (int round = 0; round < 3; round++) {
            long proposal = proposalOf(buyer, "Race " + round);
            long a = placed(applyTo(first.caller(), proposal, "a"));
            long b = placed(applyTo(second.caller(), proposal, "b"));
            List<Supplier<Response>> accepts = List.of(() -> changeStatus(PROPOSAL_ORDERS, a, buyer.caller(), "accepted"),
                    () -> changeStatus(PROPOSAL_ORDERS, b, buyer.caller(), "accepted"));

            List<Response> answers = together(accepts);

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 400);
            Response lost = answers.get(0).status() == 400 ? answers.get(0) : answers.get(1);
            assertThat(lost.json().propertyNames()).containsExactly("error");
            long won = answers.get(0).status() == 200 ? a : b;
            Party winner = won == a ? first : second;
            assertThat(List.of(orderStatus(a), orderStatus(b))).containsExactlyInAnyOrder("ACCEPTED", "REJECTED");
            assertThat(orderStatus(won)).isEqualTo("ACCEPTED");
            assertThat(proposalState(buyer, proposal)).containsEntry("status", "in_progress")
                    .containsEntry("selected_freelancer_id", winner.profileId());
        }
    }

    @Test
    void aProposalListsTheFreelancersWhoseApplicationIsLive() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party chosen = freelancerWithProfile("John", "Doe");
        Party withdrawing = freelancerWithProfile("Mira", "Sen");
        JsonNode created = createdProposal(buyer, with(proposalExample(), "title", "Landing page"));
        long proposal = created.get("id").asLong();
        assertThat(created.get("applied_freelancers").isArray()).isTrue();
        assertThat(created.get("applied_freelancers")).isEmpty();

        long first = placed(applyTo(chosen.caller(), proposal, "me"));
        long second = placed(applyTo(withdrawing.caller(), proposal, "me too"));

        JsonNode read = fetch(PROPOSALS + proposal + "/", buyer.caller()).json();
        assertThat(read.get("applied_freelancers")).extracting(card -> card.get("id").asLong())
                .as("in the order they applied").containsExactly(chosen.profileId(), withdrawing.profileId());
        JsonNode card = read.get("applied_freelancers").get(0);
        assertThat(card.get("name").asString()).isEqualTo("John Doe");
        assertThat(card.get("first_name").asString()).isEqualTo("John");
        assertThat(card.get("location").asString()).isEqualTo("Mumbai");
        assertThat(listed(buyer, proposal).get("applied_freelancers")).isEqualTo(read.get("applied_freelancers"));

        assertStatus(changeStatus(PROPOSAL_ORDERS, second, withdrawing.caller(), "cancelled"), 200);
        assertThat(fetch(PROPOSALS + proposal + "/", buyer.caller()).json().get("applied_freelancers"))
                .extracting(applied -> applied.get("id").asLong()).as("a withdrawn application is gone")
                .containsExactly(chosen.profileId());

        assertStatus(changeStatus(PROPOSAL_ORDERS, first, buyer.caller(), "accepted"), 200);
        JsonNode awarded = fetch(PROPOSALS + proposal + "/", buyer.caller()).json();
        assertThat(awarded.get("applied_freelancers")).as("an accepted one is live, its card as the selected one's")
                .containsExactly(awarded.get("selected_freelancer"));

        Response renamed = send("PATCH", PROPOSALS + proposal + "/", buyer.caller(), body("title", "Landing page v2"));
        assertStatus(renamed, 200);
        assertThat(renamed.json().get("applied_freelancers")).isEqualTo(awarded.get("applied_freelancers"));
        assertThat(renamed.json().get("status").asString()).as("an edit keeps the award").isEqualTo("in_progress");
        assertThat(renamed.json().get("selected_freelancer")).isEqualTo(awarded.get("selected_freelancer"));

        assertStatus(changeStatus(PROPOSAL_ORDERS, first, chosen.caller(), "completed"), 200);
        assertThat(fetch(PROPOSALS + proposal + "/", buyer.caller()).json().get("applied_freelancers"))
                .as("a completed application is no longer live").isEmpty();
    }

    /** The proposal as its client's list shows it. */
    private JsonNode listed(Party client, long proposal) {
        Response list = fetch(PROPOSALS, client.caller());
        assertStatus(list, 200);
        for (JsonNode item : list.json()) {
            if (item.get("id").asLong() == proposal) {
                return item;
            }
        }
        throw new AssertionError("proposal " + proposal + " not in its client's list: " + list.json());
    }

    @Test
    void theClientRejectsAndTheFreelancerWithdraws() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party seller = freelancerWithProfile("John", "Doe");
        long proposal = proposalOf(buyer, "Landing page");
        long id = placed(applyTo(seller.caller(), proposal, "me"));
        Map<String, Object> before = orderRow(id);

        assertAnswer(changeStatus(PROPOSAL_ORDERS, id, seller.caller(), "accepted"), 400,
                "{'error': 'Only the client of this proposal can accept this application.'}");
        assertAnswer(changeStatus(PROPOSAL_ORDERS, id, buyer.caller(), "cancelled"), 400,
                "{'error': 'Only the freelancer who applied can cancel a pending application; reject it instead.'}");
        assertThat(orderRow(id)).isEqualTo(before);
        assertThat(proposalState(buyer, proposal)).containsEntry("status", "open");

        assertStatus(changeStatus(PROPOSAL_ORDERS, id, buyer.caller(), "rejected"), 200);
        assertThat(proposalState(buyer, proposal)).as("rejecting awards nothing").containsEntry("status", "open");
        long again = placed(applyTo(seller.caller(), proposal, "please reconsider"));
        assertStatus(changeStatus(PROPOSAL_ORDERS, again, seller.caller(), "cancelled"), 200);
    }

    @Test
    void aSecondLiveApplicationIsRefusedAlsoWhenSentAtOnce() {
        Party buyer = clientWithProfile("Jane", "Smith");
        Party seller = freelancerWithProfile("John", "Doe");
        long proposal = proposalOf(buyer, "Landing page");
        Supplier<Response> apply = () -> applyTo(seller.caller(), proposal, "me");

        List<Response> answers = together(List.of(apply, apply, apply));

        assertThat(answers).extracting(Response::status).containsOnlyOnce(201).containsOnly(201, 400);
        assertThat(answers).filteredOn(answer -> answer.status() == 400).allSatisfy(answer -> assertThat(answer.json())
                .isEqualTo(json("{'non_field_errors': ['You already have an active application for this proposal.']}")));
    }

    @Test
    void onlyAFreelancerWithAProfileAppliesAndOnlyToAnOpenProposal() {
        Party buyer = clientWithProfile("Jane", "Smith");
        long proposal = proposalOf(buyer, "Landing page");

        assertAnswer(applyTo(clientWithProfile("Asha", "Rao").caller(), proposal, "Hi"), 403,
                "{'detail': 'Only freelancers can apply to a proposal.'}");
        assertAnswer(applyTo(freelancer(), proposal, "Hi"), 403,
                "{'detail': 'Set up your freelancer profile before applying to a proposal.'}");

        Party seller = freelancerWithProfile("John", "Doe");
        long awarded = proposalOf(buyer, "Awarded");
        Party chosen = freelancerWithProfile("Mira", "Sen");
        assertStatus(changeStatus(PROPOSAL_ORDERS, placed(applyTo(chosen.caller(), awarded, "me")), buyer.caller(),
                "accepted"), 200);
        long inactive = createdProposal(buyer, with(proposalExample(), "title", "Inactive", "is_active", false))
                .get("id").asLong();
        long deleted = proposalOf(buyer, "Deleted");
        assertStatus(send("DELETE", PROPOSALS + deleted + "/", buyer.caller(), null), 204);
        for (long refused : List.of(awarded, inactive, deleted, 999_999_999_999L)) {
            assertAnswer(applyTo(seller.caller(), refused, "Hi"), 400, "{'proposal_id': ['No open proposal has this id.']}");
        }
        assertAnswer(send("POST", PROPOSAL_ORDERS, seller.caller(), body("proposal_id", true)), 400,
                "{'proposal_id': ['A valid integer is required.']}");
        assertAnswer(send("POST", PROPOSAL_ORDERS, seller.caller(), Map.of()), 400,
                "{'proposal_id': ['This field is required.']}");
    }
}
