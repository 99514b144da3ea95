package com.skillconnect.identity.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code identity.user_account}: the persistent shape of a {@code UserAccount}. */
@Entity
@Table(name = "user_account", schema = "identity")
class UserAccountEntity {

    @Id
    Long id;
    @Version
    Long version;
    @Column(nullable = false, unique = true)
    String email;
    @Column(nullable = false)
    Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    com.skillconnect.identity.Role role;
    String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    com.skillconnect.identity.domain.AccountStatus status;
    boolean firstLogin;
    Instant activatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pending_registration", schema = "identity", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    List<PendingRegistrationRow> pendingRegistrations = new ArrayList<>();
    String resetOtpHash;
    Instant resetOtpExpiresAt;
    int resetOtpFailedAttempts;
    @Column(nullable = false)
    Instant otpWindowStart;
    int otpSentInWindow;
    int failedLogins;
    Instant lockedUntil;
    Instant accessTokensValidAfter;
}
