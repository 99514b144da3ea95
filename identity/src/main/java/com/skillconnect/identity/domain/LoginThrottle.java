package com.skillconnect.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Consecutive failed logins of one account. After {@link #FREE_FAILURES} the account is locked for a
 * time that doubles with each further failure, up to {@link #MAX_LOCK}; a successful login clears it.
 * Attempts are counted when they are admitted, before the password is checked ({@link #admit}), so
 * that attempts made at the same time cannot slip past the count.
 * <p>
 * The lock holds only for clients that failed on this account recently: a client without recent
 * failures still gets its attempt checked (and counted), so that a stranger cannot keep the owner out
 * by failing every few minutes. The trade-off (one extra guess per fresh client address) is ADR 0016.
 */
@ValueObject
public record LoginThrottle(int consecutiveFailures, Instant lockedUntil) {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    public static LoginThrottle clear() {
        return new LoginThrottle(0, null);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Duration remainingLockAt(Instant now) {
        return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /**
     * Admits an attempt, counted as failed until a success clears it. The attempt that would be the
     * {@link #FREE_FAILURES}th failure locks the account at once, so that no attempt started meanwhile
     * is checked. Empty when the account is locked for this client.
     */
    public Optional<LoginThrottle> admit(Instant now, boolean clientWithoutRecentFailures) {
        if (isLockedAt(now) && !clientWithoutRecentFailures) {
            return Optional.empty();
        }
        LoginThrottle counted = failedAt(now);
        if (counted.lockedUntil() == null && isLockedAt(now)) {
            return Optional.of(new LoginThrottle(counted.consecutiveFailures(), lockedUntil));
        }
        return Optional.of(counted);
    }

    public LoginThrottle failedAt(Instant now) {
        int failures = consecutiveFailures + 1;
        if (failures < FREE_FAILURES) {
            return new LoginThrottle(failures, null);
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return new LoginThrottle(failures, now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
    }
}
