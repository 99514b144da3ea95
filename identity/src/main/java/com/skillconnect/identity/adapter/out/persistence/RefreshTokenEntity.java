package com.skillconnect.identity.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code identity.refresh_token}. */
@Entity
@Table(name = "refresh_token", schema = "identity")
class RefreshTokenEntity {

    @Id
    String id;
    @Version
    Long version;
    @Column(nullable = false)
    long userId;
    @Column(nullable = false)
    Instant issuedAt;
    @Column(nullable = false)
    Instant expiresAt;
    Instant revokedAt;
}
