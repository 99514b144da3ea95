package com.skillconnect.marketplace.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotAllowedException;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.Violations;
import com.skillconnect.marketplace.ProposalId;
import com.skillconnect.marketplace.domain.ListingForm;
import com.skillconnect.marketplace.domain.Parties;
import com.skillconnect.marketplace.domain.Party;
import com.skillconnect.marketplace.domain.Proposal;
import com.skillconnect.marketplace.domain.ProposalCodes;
import com.skillconnect.marketplace.domain.ProposalDetails;
import com.skillconnect.marketplace.domain.ProposalQueries;
import com.skillconnect.marketplace.domain.ProposalView;
import com.skillconnect.marketplace.domain.Proposals;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's own proposals: post one (a user with a client profile marketplace knows), list, read, change and
 * delete them. Someone else's proposal, or a deleted one, is not found, and nothing changes.
 */
@Service
public class ProposalPosting {

    private final Proposals proposals;
    private final ProposalQueries queries;
    private final Parties parties;
    private final ListingChecks checks;
    private final Clock clock;

    ProposalPosting(Proposals proposals, ProposalQueries queries, Parties parties, ListingChecks checks, Clock clock) {
        this.proposals = proposals;
        this.queries = queries;
        this.parties = parties;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public ProposalView post(UserId user, ListingForm form) {
        Party client = parties.client(user).orElseThrow(() -> new NotAllowedException(ProposalCodes.NOT_A_CLIENT,
                "Only clients with a profile can create proposals."));
        Violations violations = new Violations();
        ProposalDetails details = ProposalDetails.from(form, null, violations);
        if (details != null) {
            checks.categoryExists(details.categoryId(), ProposalDetails.CATEGORY, violations);
        }
        violations.throwIfAny();
        Proposal proposal = Proposal.post(proposals.nextId(), client, details, clock.instant());
        proposals.save(proposal);
        return view(user, proposal.id());
    }

    @Transactional(readOnly = true)
    public List<ProposalView> mine(UserId user) {
        return queries.ownedBy(user);
    }

    @Transactional(readOnly = true)
    public ProposalView mine(UserId user, ProposalId id) {
        return view(user, id);
    }

    /** Changes the fields sent (PUT and PATCH alike). */
    @Transactional
    public ProposalView revise(UserId user, ProposalId id, ListingForm form) {
        Proposal proposal = own(user, id);
        Violations violations = new Violations();
        ProposalDetails details = ProposalDetails.from(form, proposal.details(), violations);
        if (details != null && details.categoryId() != proposal.details().categoryId()) {
            checks.categoryExists(details.categoryId(), ProposalDetails.CATEGORY, violations);
        }
        violations.throwIfAny();
        proposal.revise(details, clock.instant());
        proposals.save(proposal);
        return view(user, id);
    }

    /** Hides the proposal for good; its applications keep what they showed. */
    @Transactional
    public void delete(UserId user, ProposalId id) {
        Proposal proposal = own(user, id);
        proposal.delete(clock.instant());
        proposals.save(proposal);
    }

    private Proposal own(UserId user, ProposalId id) {
        return proposals.find(id).filter(proposal -> proposal.isOwnersAndLive(user))
                .orElseThrow(() -> new NotFoundException("proposal " + id));
    }

    private ProposalView view(UserId user, ProposalId id) {
        return queries.ownedBy(user, id).orElseThrow(() -> new NotFoundException("proposal " + id));
    }
}
