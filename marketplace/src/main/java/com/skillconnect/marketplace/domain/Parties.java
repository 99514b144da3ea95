package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ProfileCardChanged;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Marketplace's own copy of the parties' public cards (talent's {@link ProfileCardChanged}): who has a
 * freelancer or a client profile, and what gigs, proposals and orders show of them.
 */
@SecondaryPort
public interface Parties {

    /** Keeps the card, unless the one kept for that profile changed later: a replayed or late event changes nothing. */
    void keep(ProfileCardChanged card);

    /** The user's freelancer profile, if marketplace has its card. */
    Optional<Party> freelancer(UserId user);

    /** The user's client profile, if marketplace has its card. */
    Optional<Party> client(UserId user);
}
