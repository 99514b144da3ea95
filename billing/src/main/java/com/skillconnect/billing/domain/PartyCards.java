package com.skillconnect.billing.domain;

import com.skillconnect.talent.ProfileCardChanged;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Billing's own copy of the parties' names (talent's cards), shown with contracts and payment requests. */
@SecondaryPort
public interface PartyCards {

    /**
     * Keeps the card unless the one kept changed later.
     *
     * @return true when the card kept changed
     */
    boolean keep(ProfileCardChanged card);
}
