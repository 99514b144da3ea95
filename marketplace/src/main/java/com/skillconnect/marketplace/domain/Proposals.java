package com.skillconnect.marketplace.domain;

import com.skillconnect.marketplace.ProposalId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where proposals are kept (deleted ones too: their rows stay for the applications that show them). */
@Repository
@SecondaryPort
public interface Proposals {

    ProposalId nextId();

    Optional<Proposal> find(ProposalId id);

    /**
     * Writes the proposal's details with its skills (resolved by name), never its status, and publishes what it
     * raised. Only over the version it was read at: a change made since by another
     * request is refused (the adapter's optimistic-lock failure, answered 409), never overwritten.
     */
    void save(Proposal proposal);
}
