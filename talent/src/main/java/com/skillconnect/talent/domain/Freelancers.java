package com.skillconnect.talent.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.FreelancerId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where freelancer profiles are kept. */
@Repository
@SecondaryPort
public interface Freelancers {

    /** The code of the refusal when a user who has a profile tries to create another. */
    String ALREADY_EXISTS = Code.PROFILE_EXISTS;

    FreelancerId nextId();

    Optional<Freelancer> findByUser(UserId userId);

    boolean existsForUser(UserId userId);

    /**
     * Saves the profile (creating it when new).
     *
     * @throws RuntimeException a unique-constraint failure when the user already has another profile
     *         (a concurrent create; app turns it into the {@link #ALREADY_EXISTS} rule)
     */
    Freelancer save(Freelancer freelancer);
}
