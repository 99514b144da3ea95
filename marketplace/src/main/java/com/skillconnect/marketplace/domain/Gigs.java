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

    /** Writes the gig with its skills (resolved by name) and publishes what it raised. */
    void save(Gig gig);
}
