package com.skillconnect.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PerClientLimitTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final PerClientLimit limit = new PerClientLimit(3, Duration.ofMinutes(10), clock);

    @Test
    void allowsTheCapacityThenTellsHowLongToWaitUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryAcquire("10.0.0.1")).isZero();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(4));

        assertThat(limit.tryAcquire("10.0.0.1")).isEqualTo(Duration.ofMinutes(6));
        assertThat(limit.blockedFor("10.0.0.1")).isEqualTo(Duration.ofMinutes(6));
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client").isZero();

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(limit.blockedFor("10.0.0.1")).isZero();
        assertThat(limit.tryAcquire("10.0.0.1")).isZero();
    }

    @Test
    void recordCountsWithoutAsking() {
        assertThat(limit.blockedFor("10.0.0.3")).isZero();
        for (int i = 0; i < 5; i++) {
            limit.record("10.0.0.3");
        }
        assertThat(limit.blockedFor("10.0.0.3")).isEqualTo(Duration.ofMinutes(10));
    }
}
