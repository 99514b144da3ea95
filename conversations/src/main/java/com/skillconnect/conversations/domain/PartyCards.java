package com.skillconnect.conversations.domain;

import com.skillconnect.talent.ProfileCardChanged;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Conversations' own copy of the names and pictures of the parties' profiles (talent's cards). */
@SecondaryPort
public interface PartyCards {

    /**
     * Keeps the card unless the one kept changed later.
     *
     * @return true when the card kept changed
     */
    boolean keep(ProfileCardChanged card);
}
