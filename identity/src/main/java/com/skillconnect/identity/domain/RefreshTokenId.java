package com.skillconnect.identity.domain;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The {@code jti} of a refresh token. */
public record RefreshTokenId(String value) implements Identifier {

    public static RefreshTokenId random() {
        return new RefreshTokenId(UUID.randomUUID().toString());
    }
}
