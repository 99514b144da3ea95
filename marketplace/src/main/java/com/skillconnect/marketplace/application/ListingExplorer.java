package com.skillconnect.marketplace.application;

import com.skillconnect.marketplace.domain.GigQueries;
import com.skillconnect.marketplace.domain.GigView;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingPage;
import com.skillconnect.marketplace.domain.ProposalQueries;
import com.skillconnect.marketplace.domain.ProposalView;
import org.springframework.stereotype.Service;

/** Any signed-in user explores the active gigs and the open proposals. */
@Service
public class ListingExplorer {

    private final GigQueries gigs;
    private final ProposalQueries proposals;

    ListingExplorer(GigQueries gigs, ProposalQueries proposals) {
        this.gigs = gigs;
        this.proposals = proposals;
    }

    public ListingPage<GigView> gigs(ListingFilter filter) {
        return gigs.explore(filter);
    }

    public ListingPage<ProposalView> proposals(ListingFilter filter) {
        return proposals.explore(filter);
    }
}
