package com.skillconnect.identity.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.RefreshToken;
import com.skillconnect.identity.domain.RefreshTokenId;
import com.skillconnect.identity.domain.RefreshTokens;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link RefreshTokens} on PostgreSQL. */
@Component
class JpaRefreshTokens implements RefreshTokens {

    private final RefreshTokenJpaRepository rows;

    JpaRefreshTokens(RefreshTokenJpaRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<RefreshToken> findById(RefreshTokenId id) {
        return rows.findById(id.value()).map(row -> new RefreshToken(new RefreshTokenId(row.id),
                new UserId(row.userId), row.issuedAt, row.expiresAt, row.revokedAt));
    }

    @Override
    public RefreshToken save(RefreshToken token) {
        RefreshTokenEntity row = rows.findById(token.id().value()).orElseGet(RefreshTokenEntity::new);
        row.id = token.id().value();
        row.userId = token.userId().value();
        row.issuedAt = token.issuedAt();
        row.expiresAt = token.expiresAt();
        row.revokedAt = token.revokedAt();
        rows.save(row);
        return token;
    }

    @Override
    public int revokeAllOf(UserId userId, Instant now) {
        return rows.revokeAllOf(userId.value(), now);
    }
}
