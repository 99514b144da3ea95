package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explore pages and own lists of gigs and proposals run a constant, small number of SQL statements whatever the
 * page size or the length of each listing's skills (no N+1), counted on the server's request threads.
 */
class ListingQueryCountApiTest extends ListingApiSupport {

    @Test
    void gigPagesAndListsCostTheSameStatementsWhateverTheirSize() {
        String tag = "Cnt" + letters(8);
        Party freelancer = freelancerWithProfile("Count", "Gigs");
        for (int i = 0; i < 12; i++) {
            createdGig(freelancer, with(gigExample(), "title", tag + " " + i,
                    "skills_input", List.of("A" + letters(5), "B" + letters(5), "C" + letters(5))));
        }
        String base = EXPLORE_SERVICES + "?search=" + tag;

        Counted three = counting(() -> fetch(base + "&page_size=3", freelancer.caller()));
        Counted twelve = counting(() -> fetch(base + "&page_size=12", freelancer.caller()));
        Counted filtered = counting(() -> fetch(base + "&page_size=50&category=2&min_price=1&max_price=99999&ordering=price", freelancer.caller()));
        Counted plain = counting(() -> fetch(EXPLORE_SERVICES + "?page_size=100", freelancer.caller()));
        Counted own = counting(() -> fetch(SERVICES, freelancer.caller()));

        assertThat(three.response().json().get("results")).hasSize(3);
        assertThat(twelve.response().json().get("results")).hasSize(12);
        assertThat(twelve.response().json().get("results").get(0).get("skills_output")).hasSize(3);
        // the generation of the gigs (ADR 0028: read first, the page remembered under it), the count, then the page
        // with its categories, cards and skills; the whole list's count is read with the generation
        assertThat(three.statements()).as("%s", three.statements()).hasSize(3);
        assertThat(twelve.statements()).as("%s", twelve.statements()).hasSize(3);
        assertThat(filtered.statements()).as("%s", filtered.statements()).hasSize(3);
        assertThat(plain.statements()).as("%s", plain.statements()).hasSize(2);
        assertThat(own.response().json()).hasSize(12);
        assertThat(own.statements()).as("%s", own.statements()).hasSize(1);
    }

    @Test
    void proposalPagesAndListsCostTheSameStatementsWhateverTheirSize() {
        String tag = "Cnp" + letters(8);
        Party client = clientWithProfile("Count", "Proposals");
        for (int i = 0; i < 12; i++) {
            createdProposal(client, with(proposalExample(), "title", tag + " " + i,
                    "skills_input", List.of("A" + letters(5), "B" + letters(5), "C" + letters(5))));
        }
        String base = EXPLORE_PROPOSALS + "?search=" + tag;

        Counted three = counting(() -> fetch(base + "&page_size=3", client.caller()));
        Counted twelve = counting(() -> fetch(base + "&page_size=12&ordering=-budget&skills=x&min_budget=1", client.caller()));
        Counted all = counting(() -> fetch(base + "&page_size=12", client.caller()));
        Counted own = counting(() -> fetch(PROPOSALS, client.caller()));

        assertThat(three.response().json().get("results")).hasSize(3);
        assertThat(all.response().json().get("results")).hasSize(12);
        // the generation of the proposals (ADR 0028), the count, the page
        assertThat(three.statements()).as("%s", three.statements()).hasSize(3);
        assertThat(all.statements()).as("%s", all.statements()).hasSize(3);
        assertThat(twelve.statements()).as("an empty result: the generation and the count only").hasSize(2);
        assertThat(own.response().json()).hasSize(12);
        assertThat(own.statements()).as("%s", own.statements()).hasSize(1);
        assertThat(counting(() -> fetch(PROPOSALS + own.response().json().get(0).get("id").asLong() + "/", client.caller()))
                .statements()).hasSize(1);
    }
}
