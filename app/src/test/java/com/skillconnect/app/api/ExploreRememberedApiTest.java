package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.SqlStatementCounter.Executed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Explore pages of small results are remembered per generation of their kind's listings (ADR 0028): asked again, a
 * page is answered after one tiny statement (the generation), without computing it; and whatever a page shows changes
 * — a listing created, edited, deactivated or deleted, its skills, the card of its owner, an application to a
 * proposal — the next request shows it.
 */
class ExploreRememberedApiTest extends OrderApiSupport {

    @Test
    void aSmallResultsPageAskedAgainIsAnsweredFromMemoryAfterReadingTheGeneration() {
        String tag = "Rem" + letters(8);
        Party freelancer = freelancerWithProfile("Remembered", "Gigs");
        Party client = clientWithProfile("Remembered", "Proposals");
        int price = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        for (int i = 0; i < 3; i++) {
            createdGig(freelancer, with(gigExample(), "title", tag + " " + i, "price", price, "skills_input", List.of(tag + "Skill")));
            createdProposal(client, with(proposalExample(), "title", tag + " " + i, "budget_min", price, "budget_max", price + 1,
                    "skills_input", List.of(tag + "Skill")));
        }
        List<String> pages = List.of(EXPLORE_SERVICES + "?search=" + tag, EXPLORE_SERVICES + "?skills=" + tag + "skill",
                EXPLORE_SERVICES + "?min_price=" + price + "&max_price=" + price + "&ordering=price",
                EXPLORE_PROPOSALS + "?search=" + tag, EXPLORE_PROPOSALS + "?skills=" + tag + "Skill",
                EXPLORE_PROPOSALS + "?min_budget=" + price + "&max_budget=" + (price + 1) + "&ordering=budget");

        for (String page : pages) {
            Caller caller = page.startsWith(EXPLORE_SERVICES) ? freelancer.caller() : client.caller();
            Counted first = counting(() -> fetch(page, caller));
            Counted again = counting(() -> fetch(page, caller));

            assertThat(first.response().json().get("count").asInt()).as(page).isEqualTo(3);
            assertThat(first.statements()).as("%s computed: %s", page, first.statements()).hasSize(3)
                    .anyMatch(ExploreRememberedApiTest::counts);
            assertThat(again.response().json()).as(page).isEqualTo(first.response().json());
            assertThat(again.statements()).as("%s remembered: %s", page, again.statements()).singleElement()
                    .satisfies(statement -> assertThat(statement.sql()).contains("marketplace.listing_generation"));
        }
    }

    @Test
    void aGigCreatedEditedDeactivatedOrDeletedShowsInTheNextRequest() {
        String tag = "Wrt" + letters(8);
        Party freelancer = freelancerWithProfile("Written", "Gigs");
        String search = EXPLORE_SERVICES + "?search=" + tag;
        String skill = EXPLORE_SERVICES + "?skills=" + tag + "skill";
        long first = createdGig(freelancer, with(gigExample(), "title", tag + " first", "skills_input", List.of(tag + "Skill"))).get("id").asLong();
        assertThat(titles(rememberedTwice(search, freelancer))).containsExactly(tag + " first");
        assertThat(titles(rememberedTwice(skill, freelancer))).containsExactly(tag + " first");

        long second = createdGig(freelancer, with(gigExample(), "title", tag + " second", "skills_input", List.of(tag + "Skill")))
                .get("id").asLong();
        assertThat(titles(rememberedTwice(search, freelancer))).as("created").containsExactlyInAnyOrder(tag + " first", tag + " second");
        assertThat(titles(rememberedTwice(skill, freelancer))).as("created").containsExactlyInAnyOrder(tag + " first", tag + " second");

        assertStatus(send("PATCH", SERVICES + first + "/", freelancer.caller(), Map.of("title", tag + " edited")), 200);
        assertThat(titles(rememberedTwice(search, freelancer))).as("edited").containsExactlyInAnyOrder(tag + " edited", tag + " second");

        assertStatus(send("PATCH", SERVICES + first + "/", freelancer.caller(), Map.of("skills_input", List.of("Other" + tag))), 200);
        assertThat(titles(rememberedTwice(skill, freelancer))).as("its skills changed").containsExactly(tag + " second");

        assertStatus(send("PATCH", SERVICES + second + "/", freelancer.caller(), Map.of("is_active", false)), 200);
        assertThat(titles(rememberedTwice(search, freelancer))).as("deactivated").containsExactly(tag + " edited");

        assertStatus(send("DELETE", SERVICES + first + "/", freelancer.caller(), null), 204);
        JsonNode none = rememberedTwice(search, freelancer);
        assertThat(none.get("count").asInt()).as("deleted").isZero();
        assertThat(none.get("results")).isEmpty();
    }

    @Test
    void aChangedCardOrAnApplicationShowsInTheNextRequestOnceStored() {
        String tag = "Crd" + letters(8);
        Party freelancer = freelancerWithProfile("Carded", "Freelancer");
        Party client = clientWithProfile("Carded", "Client");
        createdGig(freelancer, with(gigExample(), "title", tag + " gig"));
        long proposal = createdProposal(client, with(proposalExample(), "title", tag + " proposal")).get("id").asLong();
        String gigs = EXPLORE_SERVICES + "?search=" + tag;
        String proposals = EXPLORE_PROPOSALS + "?search=" + tag;
        assertThat(rememberedTwice(gigs, client).get("results").get(0).get("freelancer").get("location").asString()).isEqualTo("Mumbai");
        String clientLocation = rememberedTwice(proposals, freelancer).get("results").get(0).get("client").get("location").asString();
        assertThat(rememberedTwice(proposals, freelancer).get("results").get(0).get("applied_freelancers")).isEmpty();

        // the card's location is no listing column: only the card's own trigger advances the generations
        assertStatus(send("PATCH", FreelancerApiSupport.ME, freelancer.caller(), body("location", "Pune" + tag)), 200);
        awaitStored("select location from marketplace.freelancer_card where user_id = ?", freelancer.userId(), "Pune" + tag);
        assertThat(rememberedTwice(gigs, client).get("results").get(0).get("freelancer").get("location").asString()).isEqualTo("Pune" + tag);

        assertStatus(send("PATCH", ClientApiTestBase.ME, client.caller(), body("location", "Delhi" + tag)), 200);
        awaitStored("select location from marketplace.client_card where user_id = ?", client.userId(), "Delhi" + tag);
        assertThat(clientLocation).isNotEqualTo("Delhi" + tag);
        assertThat(rememberedTwice(proposals, freelancer).get("results").get(0).get("client").get("location").asString())
                .isEqualTo("Delhi" + tag);

        placed(applyTo(freelancer.caller(), proposal, "I can do it"));
        assertThat(rememberedTwice(proposals, freelancer).get("results").get(0).get("applied_freelancers"))
                .extracting(card -> card.get("id").asLong()).containsExactly(freelancer.profileId());
    }

    @Test
    void aKindsGenerationAdvancesOnceWhenATransactionThatChangedItCommits() {
        Party freelancer = freelancerWithProfile("Generation", "Gigs");
        long one = createdGig(freelancer, gigExample()).get("id").asLong();
        long two = createdGig(freelancer, gigExample()).get("id").asLong();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        List<Long> before = generations();

        transaction.executeWithoutResult(status -> {
            jdbc.update("update marketplace.gig set revisions = revisions + 1 where id in (?, ?)", one, two);
            jdbc.update("update marketplace.gig set revisions = revisions + 1 where id = ?", one);
            assertThat(generations()).as("not before the commit").isEqualTo(before);
        });
        List<Long> afterGigs = generations();
        transaction.executeWithoutResult(status -> {
            jdbc.update("update marketplace.gig set revisions = revisions + 1 where id = ?", one);
            status.setRollbackOnly();
        });
        List<Long> afterRollback = generations();
        jdbc.update("update marketplace.freelancer_card set available = not available where user_id = ?", freelancer.userId());
        List<Long> afterCard = generations();

        assertThat(afterGigs).as("gig, proposal").containsExactly(before.get(0) + 1, before.get(1));
        assertThat(afterRollback).isEqualTo(afterGigs);
        assertThat(afterCard).as("a card is shown on both").containsExactly(afterGigs.get(0) + 1, afterGigs.get(1) + 1);
    }

    /** The page, asked twice: the second time from memory (only the generation read), the same answer. */
    private JsonNode rememberedTwice(String page, Party caller) {
        Counted first = counting(() -> fetch(page, caller.caller()));
        Counted again = counting(() -> fetch(page, caller.caller()));
        assertThat(again.statements()).as("%s remembered: %s", page, again.statements()).hasSize(1);
        assertThat(again.response().json()).isEqualTo(first.response().json());
        return first.response().json();
    }

    private List<Long> generations() {
        return jdbc.queryForList("select generation from marketplace.listing_generation order by kind", Long.class);
    }

    private void awaitStored(String sql, long userId, String value) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> value.equals(jdbc.queryForObject(sql, String.class, userId)));
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("results").forEach(item -> titles.add(item.get("title").asString()));
        assertThat(page.get("count").asInt()).isEqualTo(titles.size());
        return titles;
    }

    private static boolean counts(Executed statement) {
        return statement.sql().contains("count(*)");
    }
}
