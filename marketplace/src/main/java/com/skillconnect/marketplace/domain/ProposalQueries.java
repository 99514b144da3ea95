package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.ProposalId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Proposals as the API shows them, straight from SQL in a constant number of statements (deleted ones never). */
@SecondaryPort
public interface ProposalQueries {

    /** The user's own proposals, newest first. */
    List<ProposalView> ownedBy(UserId client);

    /** One of the user's own proposals. */
    Optional<ProposalView> ownedBy(UserId client, ProposalId id);

    /** Open, active proposals matching the filter. */
    ListingPage<ProposalView> explore(ListingFilter filter);
}
