package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Exploring ("Explore Services" and "Explore Proposals"): only active gigs and open, active proposals, search over
 * title, description, skills and the party's name (case-insensitive, partial words, ranked), the filters, the
 * orderings, DRF's envelope with 9 per page and {@code page_size} up to 100; bad values are ignored, never a 500.
 * Each test's listings carry a word of their own, so that the shared database's other listings do not count.
 */
class ExploreApiTest extends ListingApiSupport {

    @Test
    void exploreServicesNeedsATokenAndListsActiveGigsOnly() {
        Party freelancer = freelancerWithProfile("Zed", "Explorer");
        String tag = "Tagx" + letters(8);
        long active = createdGig(freelancer, with(gigExample(), "title", tag + " active")).get("id").asLong();
        createdGig(freelancer, with(gigExample(), "title", tag + " inactive", "is_active", false));
        long deleted = createdGig(freelancer, with(gigExample(), "title", tag + " deleted")).get("id").asLong();
        assertStatus(send("DELETE", SERVICES + deleted + "/", freelancer.caller(), null), 204);

        assertStatus(fetch(EXPLORE_SERVICES, null), 401);
        Response found = fetch(EXPLORE_SERVICES + "?search=" + tag, clientUser());

        assertStatus(found, 200);
        JsonNode page = found.json();
        assertThat(page.propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(page.get("count").asInt()).isEqualTo(1);
        JsonNode item = page.get("results").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(active);
        assertThat(item.get("category")).isEqualTo(json("{'id': 2, 'name': 'Web Development'}"));
        assertThat(item.get("freelancer").get("first_name").asString()).isEqualTo("Zed");
        assertThat(item.get("freelancer").get("review_count").asInt()).isZero();
        assertThat(item.get("freelancer").has("rating")).isTrue();
        assertThat(names(item.get("skills_output"), "name")).containsExactly("React", "Django");
        assertThat(item.get("price").asInt()).isEqualTo(25000);
        assertThat(item.get("delivery_time").asInt()).isEqualTo(10);
        assertThat(item.has("image")).isTrue();
        assertThat(item.has("is_featured")).isTrue();
        assertThat(fetch(EXPLORE_SERVICES, freelancer.caller()).json().get("results").size()).isLessThanOrEqualTo(9);
    }

    @Test
    void searchFindsTitleDescriptionSkillsAndTheFreelancersNameByPartialWordsRanked() {
        String tag = "Srch" + letters(8);
        Party named = freelancerWithProfile("Quentin" + tag, "Doe");
        Party other = freelancerWithProfile("Ann", "Other");
        long inTitle = createdGig(other, with(gigExample(), "title", "Kotlin " + tag + " apps", "skills_input", List.of())).get("id").asLong();
        long inDescription = createdGig(other, with(gigExample(), "title", "Apps", "description", "Made with " + tag,
                "skills_input", List.of())).get("id").asLong();
        long inSkills = createdGig(other, with(gigExample(), "title", "Other", "skills_input", List.of(tag + "Script"))).get("id").asLong();
        long byName = createdGig(named, with(gigExample(), "title", "Plain", "skills_input", List.of())).get("id").asLong();

        JsonNode all = fetch(EXPLORE_SERVICES + "?search=" + tag.toUpperCase(), other.caller()).json();
        assertThat(all.get("count").asInt()).isEqualTo(4);
        assertThat(ids(all).get(0)).as("the title weighs most").isEqualTo(inTitle);
        assertThat(ids(all)).containsExactlyInAnyOrder(inTitle, inDescription, inSkills, byName);

        String partial = tag.substring(2, 9).toLowerCase();
        assertThat(ids(fetch(EXPLORE_SERVICES + "?search=" + partial, other.caller()).json()))
                .containsExactlyInAnyOrder(inTitle, inDescription, inSkills, byName);
        assertThat(ids(fetch(EXPLORE_SERVICES + "?search=" + tag + "+kotl", other.caller()).json())).containsExactly(inTitle);
        assertThat(ids(fetch(EXPLORE_SERVICES + "?search=quentin" + tag, other.caller()).json())).containsExactly(byName);
        assertThat(ids(fetch(EXPLORE_SERVICES + "?search=" + tag + "script", other.caller()).json())).containsExactly(inSkills);
        assertThat(fetch(EXPLORE_SERVICES + "?search=" + tag + "+nothinglikeit", other.caller()).json().get("count").asInt()).isZero();
        // a changed name is found under its new spelling
        Response renamed = send("PATCH", ME, named.caller(), Map.of("first_name", "Renamed" + tag));
        assertStatus(renamed, 200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ids(fetch(EXPLORE_SERVICES + "?search=renamed" + tag, other.caller()).json())).containsExactly(byName));
    }

    @Test
    void filtersOrderingsAndPaging() {
        String tag = "Filt" + letters(8);
        Party freelancer = freelancerWithProfile("Fil", "Ters");
        long cheap = createdGig(freelancer, with(gigExample(), "title", tag + " cheap", "price", 100, "delivery_time", 2,
                "skills_input", List.of("Go"))).get("id").asLong();
        long middle = createdGig(freelancer, with(gigExample(), "title", tag + " middle", "price", 500, "delivery_time", 5,
                "category_id", 3, "skills_input", List.of("Rust"))).get("id").asLong();
        long dear = createdGig(freelancer, with(gigExample(), "title", tag + " dear", "price", 900, "delivery_time", 9,
                "skills_input", List.of("go", "Rust"))).get("id").asLong();
        String base = EXPLORE_SERVICES + "?search=" + tag;
        Caller caller = freelancer.caller();

        assertThat(ids(fetch(base + "&ordering=price", caller).json())).containsExactly(cheap, middle, dear);
        assertThat(ids(fetch(base + "&ordering=-price", caller).json())).containsExactly(dear, middle, cheap);
        assertThat(ids(fetch(base + "&ordering=created_at", caller).json())).containsExactly(cheap, middle, dear);
        assertThat(ids(fetch(base + "&ordering=-created_at", caller).json())).containsExactly(dear, middle, cheap);
        assertThat(ids(fetch(base + "&ordering=nonsense&ordering=rating", caller).json())).hasSize(3);
        assertThat(ids(fetch(base + "&category=2&ordering=price", caller).json())).containsExactly(cheap, dear);
        assertThat(ids(fetch(base + "&min_price=200&max_price=900&ordering=price", caller).json())).containsExactly(middle, dear);
        assertThat(ids(fetch(base + "&delivery_time=5&ordering=price", caller).json())).containsExactly(cheap, middle);
        assertThat(ids(fetch(base + "&skills=GO&ordering=price", caller).json())).containsExactly(cheap, dear);
        assertThat(ids(fetch(base + "&category=2&min_price=50&max_price=1000&ordering=price&skills=rust", caller).json()))
                .containsExactly(dear);
        // bad values are ignored, never a 500
        assertThat(ids(fetch(base + "&category=web&min_price=cheap&max_price=-1&delivery_time=soon&ordering=price", caller)
                .json())).containsExactly(cheap, middle, dear);

        JsonNode first = fetch(base + "&ordering=price&page_size=2", caller).json();
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(ids(first)).containsExactly(cheap, middle);
        assertThat(first.get("next").asString()).startsWith("http://").contains("page=2").contains("page_size=2");
        assertThat(first.get("previous").isNull()).isTrue();
        JsonNode second = fetch(base + "&ordering=price&page_size=2&page=2", caller).json();
        assertThat(ids(second)).containsExactly(dear);
        assertThat(second.get("next").isNull()).isTrue();
        assertAnswer(fetch(base + "&page=3&page_size=2", caller), 404, "{'detail': 'Invalid page.'}");
        assertStatus(fetch(base + "&page=abc", caller), 404);
    }

    @Test
    void pagesHoldNineByDefaultAndAtMostAHundred() {
        Party freelancer = freelancerWithProfile("Many", "Gigs");
        for (int i = 0; i < 12; i++) {
            createdGig(freelancer, with(gigExample(), "skills_input", List.of()));
        }
        assertThat(fetch(EXPLORE_SERVICES, freelancer.caller()).json().get("results")).hasSize(9);
        JsonNode capped = fetch(EXPLORE_SERVICES + "?page_size=1000", freelancer.caller()).json();
        assertThat(capped.get("results").size()).isBetween(12, 100);
        assertThat(fetch(EXPLORE_PROPOSALS, freelancer.caller()).json().get("results").size()).isLessThanOrEqualTo(9);
    }

    @Test
    void exploreProposalsListsOpenActiveProposalsWithFiltersAndBudgetOrdering() {
        String tag = "Prop" + letters(8);
        Party client = clientWithProfile("Cli", "Ent");
        long small = createdProposal(client, with(proposalExample(), "title", tag + " small", "budget_min", 100,
                "budget_max", 300, "timeline_days", 3, "skills_input", List.of("Figma"))).get("id").asLong();
        long smallWider = createdProposal(client, with(proposalExample(), "title", tag + " wider", "budget_min", 100,
                "budget_max", 900, "timeline_days", 10, "category_id", 1)).get("id").asLong();
        long large = createdProposal(client, with(proposalExample(), "title", tag + " large", "budget_min", 5000,
                "budget_max", 8000, "timeline_days", 30)).get("id").asLong();
        createdProposal(client, with(proposalExample(), "title", tag + " inactive", "is_active", false));
        long taken = createdProposal(client, with(proposalExample(), "title", tag + " taken")).get("id").asLong();
        jdbc.update("update marketplace.proposal set status = 'in_progress' where id = ?", taken);
        long deleted = createdProposal(client, with(proposalExample(), "title", tag + " deleted")).get("id").asLong();
        assertStatus(send("DELETE", PROPOSALS + deleted + "/", client.caller(), null), 204);
        String base = EXPLORE_PROPOSALS + "?search=" + tag;
        Caller caller = freelancer();

        assertStatus(fetch(base, null), 401);
        JsonNode page = fetch(base + "&ordering=budget", caller).json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(small, smallWider, large);
        JsonNode item = page.get("results").get(0);
        assertThat(item.get("client").get("first_name").asString()).isEqualTo("Cli");
        assertThat(item.get("status").asString()).isEqualTo("open");
        assertThat(names(item.get("skills_output"), "name")).containsExactly("Figma");
        assertThat(item.get("budget_min").asInt()).isEqualTo(100);
        assertThat(item.get("project_scope").asString()).isEqualTo("Single page app");
        assertThat(item.get("is_urgent").asBoolean()).isTrue();
        assertThat(ids(fetch(base + "&ordering=-budget", caller).json())).containsExactly(large, smallWider, small);
        assertThat(ids(fetch(base + "&ordering=-created_at", caller).json())).containsExactly(large, smallWider, small);
        assertThat(ids(fetch(base + "&ordering=created_at", caller).json())).containsExactly(small, smallWider, large);
        assertThat(ids(fetch(base + "&category=2&ordering=budget", caller).json())).containsExactly(small, large);
        assertThat(ids(fetch(base + "&min_budget=100&max_budget=900&ordering=budget", caller).json())).containsExactly(small, smallWider);
        assertThat(ids(fetch(base + "&delivery_time=10&ordering=budget", caller).json())).containsExactly(small, smallWider);
        assertThat(ids(fetch(base + "&skills=figma", caller).json())).containsExactly(small);
        assertThat(ids(fetch(base + "&min_budget=x&delivery_time=-3&ordering=budget,price", caller).json()))
                .containsExactly(small, smallWider, large);
        assertThat(ids(fetch(EXPLORE_PROPOSALS + "?search=cli+" + tag.toLowerCase().substring(1) + "&ordering=budget", caller).json()))
                .containsExactly(small, smallWider, large);
    }

    @Test
    void theUnfilteredCountsAreTheListedRowsWhateverChanges() {
        Party freelancer = freelancerWithProfile("Cou", "Nts");
        Party client = clientWithProfile("Cou", "Nts");
        long gig = createdGig(freelancer, gigExample()).get("id").asLong();
        long hidden = createdGig(freelancer, with(gigExample(), "is_active", false)).get("id").asLong();
        long moved = createdGig(freelancer, with(gigExample(), "category_id", 4)).get("id").asLong();
        long proposal = createdProposal(client, proposalExample()).get("id").asLong();
        long awarded = createdProposal(client, with(proposalExample(), "category_id", 5)).get("id").asLong();
        assertCountsAreTheListedRows(freelancer.caller());

        assertStatus(send("PATCH", SERVICES + moved + "/", freelancer.caller(), Map.of("category_id", 5)), 200);
        assertStatus(send("PATCH", SERVICES + hidden + "/", freelancer.caller(), Map.of("is_active", true)), 200);
        assertStatus(send("DELETE", SERVICES + gig + "/", freelancer.caller(), null), 204);
        assertStatus(send("PATCH", PROPOSALS + proposal + "/", client.caller(), Map.of("is_active", "false")), 200);
        jdbc.update("update marketplace.proposal set status = 'in_progress' where id = ?", awarded);

        assertCountsAreTheListedRows(freelancer.caller());
    }

    private void assertCountsAreTheListedRows(Caller caller) {
        long gigs = jdbc.queryForObject("select count(*) from marketplace.gig where is_active and deleted_at is null", Long.class);
        long proposals = jdbc.queryForObject(
                "select count(*) from marketplace.proposal where status = 'open' and is_active and deleted_at is null", Long.class);
        assertThat(fetch(EXPLORE_SERVICES, caller).json().get("count").asLong()).isEqualTo(gigs);
        assertThat(fetch(EXPLORE_PROPOSALS, caller).json().get("count").asLong()).isEqualTo(proposals);
        for (int category : List.of(2, 4, 5)) {
            long gigsIn = jdbc.queryForObject("select count(*) from marketplace.gig where is_active and deleted_at is null"
                    + " and category_id = ?", Long.class, category);
            long proposalsIn = jdbc.queryForObject("select count(*) from marketplace.proposal where status = 'open'"
                    + " and is_active and deleted_at is null and category_id = ?", Long.class, category);
            assertThat(fetch(EXPLORE_SERVICES + "?category=" + category, caller).json().get("count").asLong()).isEqualTo(gigsIn);
            assertThat(fetch(EXPLORE_PROPOSALS + "?category=" + category, caller).json().get("count").asLong()).isEqualTo(proposalsIn);
        }
    }

    static List<Long> ids(JsonNode page) {
        return page.get("results").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
