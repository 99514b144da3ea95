package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant EXPIRY = T0.plus(Duration.ofDays(7));

    private final RefreshToken token = new RefreshToken(new RefreshTokenId("jti-1"), new UserId(7), T0, EXPIRY, null);

    @Test
    void usableUntilItExpires() {
        assertThat(token.isUsableAt(T0)).isTrue();
        assertThat(token.isUsableAt(EXPIRY.minusNanos(1))).isTrue();
        assertThat(token.isUsableAt(EXPIRY)).isFalse();
        assertThat(token.isUsableAt(EXPIRY.plusSeconds(1))).isFalse();
    }

    @Test
    void aRevokedTokenIsNotUsable() {
        Instant revokedAt = T0.plus(Duration.ofHours(1));
        token.revoke(revokedAt);

        assertThat(token.revokedAt()).isEqualTo(revokedAt);
        assertThat(token.isUsableAt(revokedAt)).isFalse();
        assertThat(token.isUsableAt(T0)).as("revocation is final").isFalse();
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        token.revoke(T0.plusSeconds(10));
        token.revoke(T0.plusSeconds(20));
        assertThat(token.revokedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aTokenRebuiltAsRevokedIsNotUsable() {
        RefreshToken revoked = new RefreshToken(new RefreshTokenId("jti-2"), new UserId(7), T0, EXPIRY, T0);
        assertThat(revoked.isUsableAt(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void keepsWhatItWasGiven() {
        assertThat(token.id()).isEqualTo(new RefreshTokenId("jti-1"));
        assertThat(token.userId()).isEqualTo(new UserId(7));
        assertThat(token.issuedAt()).isEqualTo(T0);
        assertThat(token.expiresAt()).isEqualTo(EXPIRY);
        assertThat(token.revokedAt()).isNull();
    }

    @Test
    void randomIdsDiffer() {
        assertThat(RefreshTokenId.random()).isNotEqualTo(RefreshTokenId.random());
    }
}
