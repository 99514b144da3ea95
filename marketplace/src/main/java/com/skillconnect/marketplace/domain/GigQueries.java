package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.GigId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Gigs as the API shows them, straight from SQL in a constant number of statements (deleted gigs never). */
@SecondaryPort
public interface GigQueries {

    /** The user's own gigs, newest first. */
    List<GigView> ownedBy(UserId freelancer);

    /** One of the user's own gigs. */
    Optional<GigView> ownedBy(UserId freelancer, GigId id);

    /** Active gigs matching the filter. */
    ListingPage<GigView> explore(ListingFilter filter);
}
