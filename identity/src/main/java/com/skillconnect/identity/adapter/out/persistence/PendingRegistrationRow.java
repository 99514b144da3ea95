package com.skillconnect.identity.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** Row of {@code identity.pending_registration}: one registration of a pending account and its code. */
@Embeddable
class PendingRegistrationRow {

    @Column(nullable = false)
    String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    com.skillconnect.identity.Role role;
    @Column(nullable = false)
    String otpHash;
    @Column(nullable = false)
    Instant otpExpiresAt;
    int otpFailedAttempts;
}
