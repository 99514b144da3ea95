package com.skillconnect.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code capacity} events per client (remote address) in a window of {@code period} that
 * starts with the client's first event: one Bucket4j bucket per client, refilled all at once. The
 * one way identity bounds what a single client may do. Kept in memory, so each instance counts its
 * own clients (a load balancer with sticky clients keeps that meaningful); at most
 * {@value #MAX_TRACKED_CLIENTS} clients are tracked, the least recently seen forgotten first.
 */
final class PerClientLimit {

    static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    PerClientLimit(int capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        // an idle bucket is full again after one period: forgetting it then changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED_CLIENTS).expireAfterAccess(period)
                .ticker(time::currentTimeNanos).build();
    }

    /** How long the client must wait before its next event is allowed; zero when it is allowed now. */
    Duration blockedFor(String client) {
        EstimationProbe probe = bucket(client).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Counts an event of the client, whether or not it was allowed. */
    void record(String client) {
        bucket(client).tryConsume(1);
    }

    /** Counts an event and answers zero, or, when the client is over its limit, how long it must wait. */
    Duration tryAcquire(String client) {
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String client) {
        return buckets.get(client == null ? "" : client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
                .withCustomTimePrecision(time)
                .build());
    }
}
