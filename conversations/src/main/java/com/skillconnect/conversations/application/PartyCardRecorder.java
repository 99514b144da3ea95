package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.PartyCards;
import com.skillconnect.conversations.domain.PartyRole;
import com.skillconnect.identity.Role;
import com.skillconnect.talent.ProfileCardChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps conversations' copy of the parties' names and pictures (idempotent; the latest {@code changedAt} wins), and
 * what the conversation list of that profile's conversations shows of them.
 */
@Component
class PartyCardRecorder {

    private final PartyCards cards;
    private final Conversations conversations;

    PartyCardRecorder(PartyCards cards, Conversations conversations) {
        this.cards = cards;
        this.conversations = conversations;
    }

    @ApplicationModuleListener
    void on(ProfileCardChanged card) {
        if (cards.keep(card)) {
            conversations.cardChanged(card.role() == Role.CLIENT ? PartyRole.CLIENT : PartyRole.FREELANCER,
                    card.profileId());
        }
    }
}
