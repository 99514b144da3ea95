package com.skillconnect.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Consecutive failed logins of one account. After {@link #FREE_FAILURES} the account is locked for a
 * time that doubles with each further failure, up to {@link #MAX_LOCK}; a successful login clears it.
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
