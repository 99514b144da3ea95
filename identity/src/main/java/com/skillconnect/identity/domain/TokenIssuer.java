package com.skillconnect.identity.domain;

import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Signs access and refresh tokens, and reads back the refresh tokens it signed. */
@SecondaryPort
public interface TokenIssuer {

    /** A signed access token for the account, valid from {@code now}. */
    String accessToken(UserAccount account, Instant now);

    /** A signed refresh token with the given id; its expiry comes with it. */
    SignedRefreshToken refreshToken(UserAccount account, RefreshTokenId id, Instant now);

    /** The id of a refresh token this issuer signed and that has not expired; empty for anything else. */
    Optional<RefreshTokenId> readRefreshToken(String token);

    record SignedRefreshToken(String value, Instant expiresAt) {
    }
}
