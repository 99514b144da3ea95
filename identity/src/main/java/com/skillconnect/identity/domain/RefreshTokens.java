package com.skillconnect.identity.domain;

import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where issued refresh tokens are tracked. */
@Repository
@SecondaryPort
public interface RefreshTokens {

    Optional<RefreshToken> findById(RefreshTokenId id);

    RefreshToken save(RefreshToken token);

    /** Revokes every still-usable refresh token of the user; answers how many. */
    int revokeAllOf(UserId userId, Instant now);
}
