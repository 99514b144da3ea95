package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aClearThrottleIsNotLocked() {
        LoginThrottle clear = LoginThrottle.clear();

        assertThat(clear.consecutiveFailures()).isZero();
        assertThat(clear.isLockedAt(T0)).isFalse();
        assertThat(clear.remainingLockAt(T0)).isEqualTo(Duration.ZERO);
    }

    @Test
    void theFirstFourFailuresDoNotLock() {
        LoginThrottle throttle = LoginThrottle.clear();
        for (int i = 1; i <= 4; i++) {
            throttle = throttle.failedAt(T0);
            assertThat(throttle.consecutiveFailures()).isEqualTo(i);
            assertThat(throttle.lockedUntil()).isNull();
            assertThat(throttle.isLockedAt(T0)).isFalse();
        }
    }

    @Test
    void theFifthFailureLocksForOneMinute() {
        LoginThrottle throttle = failures(5, T0);

        assertThat(throttle.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(throttle.isLockedAt(T0)).isTrue();
        assertThat(throttle.isLockedAt(T0.plusSeconds(59))).isTrue();
        assertThat(throttle.remainingLockAt(T0.plusSeconds(20))).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theLockExpires() {
        LoginThrottle throttle = failures(5, T0);

        assertThat(throttle.isLockedAt(T0.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(throttle.remainingLockAt(T0.plus(Duration.ofMinutes(1)))).isEqualTo(Duration.ZERO);
        assertThat(throttle.remainingLockAt(T0.plus(Duration.ofMinutes(30)))).isEqualTo(Duration.ZERO);
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        LoginThrottle throttle = failures(5, T0);
        long[] expectedMinutes = {2, 4, 8, 15, 15, 15};
        for (long minutes : expectedMinutes) {
            Instant at = throttle.lockedUntil();
            throttle = throttle.failedAt(at);
            assertThat(Duration.between(at, throttle.lockedUntil()))
                    .as("failure %d", throttle.consecutiveFailures()).isEqualTo(Duration.ofMinutes(minutes));
        }
        assertThat(throttle.consecutiveFailures()).isEqualTo(11);
    }

    @Test
    void manyFailuresNeverLockLongerThanFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle(1_000, null).failedAt(T0);
        assertThat(throttle.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    private static LoginThrottle failures(int count, Instant at) {
        LoginThrottle throttle = LoginThrottle.clear();
        for (int i = 0; i < count; i++) {
            throttle = throttle.failedAt(at);
        }
        return throttle;
    }

    @Test
    void anAttemptIsCountedWhenAdmittedAndTheFifthLocksAtOnce() {
        LoginThrottle throttle = LoginThrottle.clear();
        for (int i = 1; i <= 4; i++) {
            throttle = throttle.admit(T0, false).orElseThrow();
            assertThat(throttle.isLockedAt(T0)).isFalse();
        }

        throttle = throttle.admit(T0, false).orElseThrow();

        assertThat(throttle.consecutiveFailures()).isEqualTo(5);
        assertThat(throttle.lockedUntil()).as("locked before the fifth is even checked").isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(throttle.admit(T0.plusSeconds(1), false)).as("a sixth attempt meanwhile is not admitted").isEmpty();
    }

    @Test
    void aLockedAccountStillAdmitsAClientWithoutRecentFailuresAndCountsIt() {
        LoginThrottle locked = failures(5, T0);

        LoginThrottle admitted = locked.admit(T0.plusSeconds(10), true).orElseThrow();

        assertThat(admitted.consecutiveFailures()).isEqualTo(6);
        assertThat(admitted.lockedUntil()).isEqualTo(T0.plusSeconds(10).plus(Duration.ofMinutes(2)));
        assertThat(locked.admit(T0.plusSeconds(10), false)).isEmpty();
    }

    @Test
    void afterTheLockOneMoreAttemptIsAdmittedAndLocksAgain() {
        LoginThrottle locked = failures(5, T0);
        Instant after = T0.plus(Duration.ofMinutes(1));

        LoginThrottle admitted = locked.admit(after, false).orElseThrow();

        assertThat(admitted.lockedUntil()).isEqualTo(after.plus(Duration.ofMinutes(2)));
        assertThat(admitted.admit(after, false)).isEmpty();
    }
}
