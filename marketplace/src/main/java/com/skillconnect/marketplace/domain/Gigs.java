package com.skillconnect.marketplace.domain;

import com.skillconnect.marketplace.GigId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where gigs are kept (deleted ones too: their rows stay for the orders that show them). */
@Repository
@SecondaryPort
public interface Gigs {

    GigId nextId();

    Optional<Gig> find(GigId id);

    /**
     * Writes the gig with its skills (resolved by name) and publishes what it raised. Only over the version it was read at: a change made since by another
     * request is refused (the adapter's optimistic-lock failure, answered 409), never overwritten.
     */
    void save(Gig gig);
}
