package com.skillconnect.marketplace.domain;

import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.FreelancerId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The narrow view orders take of gigs and proposals (which are their own aggregates): what placing an order needs
 * to know of its subject, and the one change accepting an application makes to its proposal.
 */
@SecondaryPort
public interface OrderSubjects {

    /**
     * The gig ({@code SERVICE}) or proposal ({@code PROPOSAL}) with that id, if it exists; held until the
     * transaction ends, so that it cannot stop taking orders (or be awarded) while an order on it is placed.
     */
    Optional<OrderSubject> find(OrderType type, long id);

    /**
     * Awards the proposal to the freelancer: it becomes {@code in_progress} with its selected freelancer set, in the
     * caller's transaction, only if it is still open and active. Of two concurrent awards exactly one succeeds.
     *
     * @return whether the proposal was open and is now awarded
     */
    boolean award(long proposalId, FreelancerId freelancer, Instant now);

    /**
     * The accepted application of the freelancer to the proposal ended, in the caller's transaction: completed, the
     * proposal is completed too; cancelled, the proposal is open again with no freelancer selected, so that others may
     * apply. A proposal that is no longer in progress with that freelancer (deleted, changed since) is left as it is.
     */
    void awardEnded(long proposalId, FreelancerId freelancer, boolean completed, Instant now);
}
