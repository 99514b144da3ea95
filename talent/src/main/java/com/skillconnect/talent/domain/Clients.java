package com.skillconnect.talent.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where client profiles are kept: at most one per user. */
@Repository
@SecondaryPort
public interface Clients {

    /** The rule code when a user who has a client profile tries to create another. */
    String ALREADY_EXISTS = Freelancers.ALREADY_EXISTS;

    ClientId nextId();

    Optional<Client> findByUser(UserId userId);

    /**
     * Saves the profile now (not only at commit).
     *
     * @throws RuntimeException a unique-constraint failure when the user already has another profile
     *         (a concurrent create; app turns it into the {@link #ALREADY_EXISTS} rule)
     */
    Client save(Client client);
}
