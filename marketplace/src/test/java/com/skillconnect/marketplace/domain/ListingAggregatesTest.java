package com.skillconnect.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.Violations;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.ProposalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Gig and Proposal aggregates: ownership, revision (and the image a gig stops using), soft deletion. */
class ListingAggregatesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Party FREELANCER = new Party(new UserId(7), 70, "John Doe");
    private static final Party CLIENT = new Party(new UserId(8), 80, "Jane Smith");

    @Test
    void aGigIsItsFreelancersWhileNotDeleted() {
        Gig gig = Gig.offer(new GigId(1), FREELANCER, GigDetailsTest.valid(), null, T0);

        assertThat(gig.isOwnersAndLive(new UserId(7))).isTrue();
        assertThat(gig.isOwnersAndLive(new UserId(8))).isFalse();
        gig.delete(T1);
        assertThat(gig.isOwnersAndLive(new UserId(7))).isFalse();
        assertThat(gig.deletedAt()).contains(T1);
        assertThat(gig.details().active()).isFalse();
        assertThat(gig.details().title()).isEqualTo("Website Design");
        assertThatThrownBy(() -> gig.delete(T1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gig.revise(GigDetailsTest.valid(), null, T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void revisingAGigAnswersTheImageItNoLongerUses() {
        StoredFile first = new StoredFile("services/a.png");
        StoredFile second = new StoredFile("services/b.png");
        Gig gig = Gig.offer(new GigId(1), FREELANCER, GigDetailsTest.valid(), first, T0);
        GigDetails cheaper = GigDetails.from(ListingForm.of(Map.of(GigDetails.PRICE, "10"), null), gig.details(), new Violations());

        assertThat(gig.revise(cheaper, null, T1)).isEmpty();
        assertThat(gig.image()).contains(first);
        assertThat(gig.details().price().amount()).isEqualByComparingTo("10");
        assertThat(gig.updatedAt()).isEqualTo(T1);
        assertThat(gig.createdAt()).isEqualTo(T0);
        assertThat(gig.revise(cheaper, second, T1)).contains(first);
        assertThat(gig.image()).contains(second);
        assertThat(gig.takeEvents()).isEmpty();
    }

    @Test
    void aProposalIsPostedOpenAndItsClientsWhileNotDeleted() {
        Proposal proposal = Proposal.post(new ProposalId(1), CLIENT, ProposalDetailsTest.valid(), T0);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(proposal.isOwnersAndLive(new UserId(8))).isTrue();
        assertThat(proposal.isOwnersAndLive(new UserId(7))).isFalse();
        ProposalDetails urgentNoMore = ProposalDetails.from(ListingForm.of(Map.of(ProposalDetails.URGENT, "no"), List.of()),
                proposal.details(), new Violations());
        proposal.revise(urgentNoMore, T1);
        assertThat(proposal.details().urgent()).isFalse();
        assertThat(proposal.details().skills()).isEmpty();
        proposal.delete(T1);
        assertThat(proposal.isOwnersAndLive(new UserId(8))).isFalse();
        assertThat(proposal.details().active()).isFalse();
        assertThatThrownBy(() -> proposal.revise(urgentNoMore, T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void statusesReadAndWriteTheirWireValues() {
        for (ProposalStatus status : ProposalStatus.values()) {
            assertThat(ProposalStatus.ofWire(status.wireValue())).isEqualTo(status);
        }
        assertThat(ProposalStatus.IN_PROGRESS.wireValue()).isEqualTo("in_progress");
    }
}
