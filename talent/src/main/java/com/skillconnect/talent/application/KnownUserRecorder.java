package com.skillconnect.talent.application;

import com.skillconnect.identity.UserActivated;
import com.skillconnect.talent.domain.KnownUsers;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns of activated accounts from identity: an activated account has a verified e-mail, which the
 * freelancer profile shows as {@code verification_output.email_verified}. Idempotent, so a
 * republished event changes nothing.
 */
@Component
class KnownUserRecorder {

    private final KnownUsers knownUsers;

    KnownUserRecorder(KnownUsers knownUsers) {
        this.knownUsers = knownUsers;
    }

    @ApplicationModuleListener
    void on(UserActivated event) {
        knownUsers.activated(event.userId(), event.email(), event.role(), event.activatedAt());
    }
}
