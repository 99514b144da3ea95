package com.skillconnect.marketplace.application;

import com.skillconnect.marketplace.domain.Parties;
import com.skillconnect.talent.ProfileCardChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps marketplace's copy of the profile cards that talent publishes: the names, pictures and locations on
 * gigs, proposals and orders, and who may sell (a freelancer profile) or buy (a client profile). Idempotent and
 * order-proof (the latest {@code changedAt} wins).
 */
@Component
class CardRecorder {

    private final Parties parties;

    CardRecorder(Parties parties) {
        this.parties = parties;
    }

    @ApplicationModuleListener
    void on(ProfileCardChanged card) {
        parties.keep(card);
    }
}
