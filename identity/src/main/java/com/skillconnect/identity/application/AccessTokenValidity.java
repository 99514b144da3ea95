package com.skillconnect.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.UserAccounts;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Whether an access token is still good: one issued before its account's last logout or password
 * reset is not. Every request asks, so the limit of each account is cached for a short time; this
 * instance updates its cache at once when it ends an account's tokens, another instance sees the
 * change when its cached value expires ({@code skillconnect.identity.token-revocation-cache-ttl},
 * the multi-instance staleness bound of ADR 0002).
 */
@Service
public class AccessTokenValidity {

    private final UserAccounts accounts;
    private final Cache<Long, Instant> validAfter;

    AccessTokenValidity(UserAccounts accounts,
            @Value("${skillconnect.identity.token-revocation-cache-ttl:10s}") Duration ttl) {
        this.accounts = accounts;
        this.validAfter = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    /** False for a token issued (whole seconds, as in its {@code iat}) before the account's limit. */
    public boolean accepts(UserId user, Instant issuedAt) {
        Instant limit = validAfter.get(user.value(), id -> accounts.accessTokensValidAfter(user).orElse(Instant.EPOCH));
        return issuedAt != null && !issuedAt.isBefore(limit);
    }

    /** The account's tokens issued before {@code limit} were just ended here. */
    void ended(UserId user, Instant limit) {
        validAfter.put(user.value(), limit);
    }
}
