package com.skillconnect.identity.domain;

import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A refresh token handed out at login, tracked so that it can be revoked (logout, password reset)
 * before it expires. The token itself is a signed JWT whose {@code jti} is this aggregate's id.
 */
@AggregateRoot
public class RefreshToken {

    @Identity
    private final RefreshTokenId id;
    private final UserId userId;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private Instant revokedAt;

    public RefreshToken(RefreshTokenId id, UserId userId, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.revokedAt = revokedAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public RefreshTokenId id() { return id; }
    public UserId userId() { return userId; }
    public Instant issuedAt() { return issuedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
}
