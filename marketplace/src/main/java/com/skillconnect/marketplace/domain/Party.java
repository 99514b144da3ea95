package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A user with a profile of one kind, as marketplace knows them from talent's cards: a freelancer (their
 * {@code FreelancerId}'s value) or a client (their {@code ClientId}'s value).
 */
@ValueObject
public record Party(UserId user, long profileId, String displayName) {

    public Party {
        Objects.requireNonNull(user);
        Objects.requireNonNull(displayName);
        if (profileId <= 0) {
            throw new IllegalArgumentException("A profile id is positive");
        }
    }
}
