package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.kernel.Money;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.ProposalId;
import com.skillconnect.marketplace.domain.Gig;
import com.skillconnect.marketplace.domain.GigDetails;
import com.skillconnect.marketplace.domain.Gigs;
import com.skillconnect.marketplace.domain.Proposal;
import com.skillconnect.marketplace.domain.ProposalDetails;
import com.skillconnect.marketplace.domain.Proposals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.JsonNode;

/**
 * Gigs and proposals are saved only over the version they were read at: of two changes made from the same read, the
 * second is refused (409 "concurrent change", as the app answers JPA's optimistic-lock failures) rather than
 * silently undoing the first; an award (orders move a proposal's version on) refuses an edit read before it, and an
 * edit read after it keeps it.
 */
class ListingConcurrentChangeApiTest extends OrderApiSupport {

    private static final String CONFLICT = "{'detail': 'The request conflicts with a concurrent change. Please try again.'}";

    @Autowired
    Gigs gigs;
    @Autowired
    Proposals proposals;

    @Test
    void aGigSavedOverAStaleReadIsRefusedAndTheFirstChangeKept() {
        Party freelancer = freelancerWithProfile("John", "Doe");
        long id = gigOf(freelancer, "Logo");
        Gig first = gigs.find(new GigId(id)).orElseThrow();
        Gig stale = gigs.find(new GigId(id)).orElseThrow();

        first.revise(retitled(first.details(), "Logo, revised"), null, Instant.now());
        gigs.save(first);
        GigDetails d = stale.details();
        stale.revise(new GigDetails(d.title(), d.description(), d.categoryId(), d.skills(), new Money(new BigDecimal("99")),
                d.deliveryTime(), d.revisions(), d.featured(), d.active()), null, Instant.now());

        assertThatThrownBy(() -> gigs.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        JsonNode now = fetch(SERVICES + id + "/", freelancer.caller()).json();
        assertThat(now.get("title").asString()).isEqualTo("Logo, revised");
        assertThat(now.get("price").decimalValue()).isEqualByComparingTo("25000");
        assertThat(gigs.find(new GigId(id)).orElseThrow().version()).as("one change saved").isEqualTo(1);
    }

    @Test
    void aProposalReadBeforeItsAwardIsNotSavedOverIt() {
        Party client = clientWithProfile("Jane", "Smith");
        Party chosen = freelancerWithProfile("John", "Doe");
        long id = proposalOf(client, "Landing page");
        Proposal stale = proposals.find(new ProposalId(id)).orElseThrow();
        long application = placed(applyTo(chosen.caller(), id, "me"));
        assertStatus(changeStatus(PROPOSAL_ORDERS, application, client.caller(), "accepted"), 200);

        ProposalDetails d = stale.details();
        stale.revise(new ProposalDetails("Landing page, revised", d.description(), d.categoryId(), d.skills(),
                d.budgetMin(), d.budgetMax(), d.timelineDays(), d.projectScope(), d.urgent(), d.active()), Instant.now());

        assertThatThrownBy(() -> proposals.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(proposalState(client, id)).containsEntry("status", "in_progress")
                .containsEntry("selected_freelancer_id", chosen.profileId());
        assertThat(fetch(PROPOSALS + id + "/", client.caller()).json().get("title").asString()).isEqualTo("Landing page");
    }

    @Test
    void twoPatchesOfOneGigAtOnceNeverLoseAField() {
        Party freelancer = freelancerWithProfile("John", "Doe");
        for (int round = 0; round < 5; round++) {
            String title = "Logo " + round;
            long id = gigOf(freelancer, title);
            String path = SERVICES + id + "/";
            List<Supplier<Response>> patches = List.of(
                    () -> send("PATCH", path, freelancer.caller(), body("title", "Renamed")),
                    () -> send("PATCH", path, freelancer.caller(), body("delivery_time", 3)));

            List<Response> answers = together(patches);

            assertThat(answers).extracting(Response::status).as("round %d", round).isSubsetOf(200, 409).contains(200);
            answers.stream().filter(answer -> answer.status() == 409).forEach(lost -> assertAnswer(lost, 409, CONFLICT));
            JsonNode now = fetch(path, freelancer.caller()).json();
            assertThat(now.get("title").asString()).as("round %d: %s", round, answers)
                    .isEqualTo(answers.get(0).status() == 200 ? "Renamed" : title);
            assertThat(now.get("delivery_time").asInt()).as("round %d: %s", round, answers)
                    .isEqualTo(answers.get(1).status() == 200 ? 3 : 10);
        }
    }

    private static GigDetails retitled(GigDetails d, String title) {
        return new GigDetails(title, d.description(), d.categoryId(), d.skills(), d.price(), d.deliveryTime(),
                d.revisions(), d.featured(), d.active());
    }
}
