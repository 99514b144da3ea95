package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.PartyCards;
import com.skillconnect.talent.ProfileCardChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps conversations' copy of the parties' names and pictures (idempotent; the latest {@code changedAt} wins). */
@Component
class PartyCardRecorder {

    private final PartyCards cards;

    PartyCardRecorder(PartyCards cards) {
        this.cards = cards;
    }

    @ApplicationModuleListener
    void on(ProfileCardChanged card) {
        cards.keep(card);
    }
}
