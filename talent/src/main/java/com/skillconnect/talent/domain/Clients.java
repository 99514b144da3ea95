package com.skillconnect.talent.domain;

import com.skillconnect.identity.UserId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where client profiles are kept: at most one per user. */
@Repository
@SecondaryPort
public interface Clients {

    ClientId nextId();

    Optional<Client> findByUser(UserId userId);

    /**
     * Saves the profile now (not only at commit).
     *
     * @throws TalentRuleViolation when the user already has another profile (a concurrent create)
     */
    Client save(Client client);
}
