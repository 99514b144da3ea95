package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.SqlStatementCounter.Executed;
import com.skillconnect.kernel.spring.RememberedResults;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The explore counts (ADR 0007, ADR 0023): a search over more than a thousand listings is counted once, then its
 * count (and its first page) answered from memory, a few seconds stale at most; a smaller result is counted on every
 * request it is computed (or its page remembered under the generation of the listings: ADR 0028), so a listing just
 * written counts at once.
 */
class ExploreCountApiTest extends ListingApiSupport {

    /** A page's count, how many results it held, and the statements it ran. */
    private record CountedPage(long count, int results, List<Executed> statements) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSearchOverManyGigsIsCountedOnceThenAnsweredFromMemoryUntilItsCountIsTooOld() {
        String tag = "Many" + letters(8);
        Party freelancer = freelancerWithProfile("Many", "Gigs");
        long gig = createdGig(freelancer, with(gigExample(), "title", tag + " design")).get("id").asLong();
        copies(gig, 1000);
        String search = EXPLORE_SERVICES + "?search=" + tag.toLowerCase();

        CountedPage first = countingPage(() -> fetch(search + "&page_size=5", freelancer.caller()));
        createdGig(freelancer, with(gigExample(), "title", tag + " again"));
        CountedPage again = countingPage(() -> fetch(search + "&page_size=5", freelancer.caller()));
        CountedPage otherPage = countingPage(() -> fetch(search + "&page_size=7", freelancer.caller()));

        assertThat(first.count()).isEqualTo(1001);
        assertThat(first.statements()).as("%s", first.statements()).anyMatch(ExploreCountApiTest::counts);
        assertThat(again.count()).as("remembered: the new gig not counted yet").isEqualTo(1001);
        assertThat(again.results()).isEqualTo(5);
        assertThat(again.statements()).as("the page and its count from memory: %s", again.statements()).isEmpty();
        assertThat(otherPage.count()).isEqualTo(1001);
        assertThat(otherPage.results()).isEqualTo(7);
        assertThat(otherPage.statements()).as("the generation (ADR 0028) and the page only: %s", otherPage.statements())
                .hasSize(2).noneMatch(ExploreCountApiTest::counts);

        clock.advance(RememberedResults.STALE_AT_MOST);
        assertThat(countingPage(() -> fetch(search + "&page_size=5", freelancer.caller())).count()).isEqualTo(1002);
    }

    @Test
    void aLargeCategorysPageIsRememberedWhileItsCountFollowsEveryGigAtOnce() {
        Party freelancer = freelancerWithProfile("Big", "Category");
        long gig = createdGig(freelancer, with(gigExample(), "category_id", 7)).get("id").asLong();
        copies(gig, 1000);
        String category = EXPLORE_SERVICES + "?category=7&page_size=5";

        CountedPage first = countingPage(() -> fetch(category, freelancer.caller()));
        createdGig(freelancer, with(gigExample(), "category_id", 7));
        CountedPage again = countingPage(() -> fetch(category, freelancer.caller()));

        assertThat(first.count()).isGreaterThan(1000);
        assertThat(again.count()).as("the category's listed count, read again").isEqualTo(first.count() + 1);
        assertThat(again.results()).isEqualTo(5);
        assertThat(again.statements()).as("the page from memory, only the listed count read: %s", again.statements())
                .singleElement().satisfies(statement -> assertThat(statement.sql()).contains("marketplace.listed_count"));
    }

    @Test
    void aGigOrProposalJustWrittenCountsAtOnceInASmallResult() {
        String tag = "Few" + letters(8);
        Party freelancer = freelancerWithProfile("Few", "Gigs");
        Party client = clientWithProfile("Few", "Proposals");
        createdGig(freelancer, with(gigExample(), "title", tag + " one"));
        createdProposal(client, with(proposalExample(), "title", tag + " one"));
        String gigs = EXPLORE_SERVICES + "?search=" + tag;
        String proposals = EXPLORE_PROPOSALS + "?search=" + tag;
        assertThat(countingPage(() -> fetch(gigs, freelancer.caller())).count()).isEqualTo(1);
        assertThat(countingPage(() -> fetch(proposals, client.caller())).count()).isEqualTo(1);

        long gig = createdGig(freelancer, with(gigExample(), "title", tag + " two")).get("id").asLong();
        createdProposal(client, with(proposalExample(), "title", tag + " two"));
        CountedPage twoGigs = countingPage(() -> fetch(gigs, freelancer.caller()));
        assertThat(twoGigs.count()).isEqualTo(2);
        assertThat(twoGigs.statements()).as("counted again: %s", twoGigs.statements()).anyMatch(ExploreCountApiTest::counts);
        assertThat(countingPage(() -> fetch(proposals, client.caller())).count()).isEqualTo(2);

        assertStatus(send("DELETE", SERVICES + gig + "/", freelancer.caller(), null), 204);
        assertThat(countingPage(() -> fetch(gigs, freelancer.caller())).count()).isEqualTo(1);
    }

    /** {@code times} copies of the gig's row, written in SQL (a thousand requests would take long). */
    private void copies(long gig, int times) {
        jdbc.update("""
                insert into marketplace.gig (id, version, freelancer_id, freelancer_user_id, category_id, title, description,
                        price, delivery_time, revisions, image, is_featured, is_active, created_at, updated_at)
                select nextval('marketplace.gig_id_seq'), 0, g.freelancer_id, g.freelancer_user_id, g.category_id, g.title, g.description, g.price,
                       g.delivery_time, g.revisions, g.image, g.is_featured, g.is_active, g.created_at, g.updated_at
                from marketplace.gig g cross join generate_series(1, ?) n where g.id = ?""", times, gig);
    }

    private CountedPage countingPage(Supplier<Response> request) {
        Counted counted = counting(request);
        JsonNode page = counted.response().json();
        return new CountedPage(page.get("count").asLong(), page.get("results").size(), counted.statements());
    }

    private static boolean counts(Executed statement) {
        return statement.sql().contains("count(*)");
    }
}
