package com.skillconnect.talent.adapter.out.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values worth remembering (large browse results, docs/adr/0007-browse-count.md), per key: answered without
 * computing while fresh ({@link BrowseRefresher#freshness()}); older, up to {@link BrowseRefresher#STALE_AT_MOST},
 * answered while the {@link BrowseRefresher} computes them again, once however many callers ask; older still,
 * computed by the caller. Callers asking for a value being computed wait for that one computation. A value no
 * longer worth remembering (a result that became small) is forgotten, a failed computation is not remembered,
 * and at most {@value #MAX_ENTRIES} keys are kept (all are forgotten when full).
 */
final class RenewedMemory<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(CompletableFuture<V> value, Instant computedAt, Duration freshFor, AtomicBoolean renewing) {

        Entry(Instant computedAt) {
            this(new CompletableFuture<>(), computedAt, BrowseRefresher.freshness(), new AtomicBoolean());
        }
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final BrowseRefresher refresher;
    private final Predicate<V> worthRemembering;

    RenewedMemory(Clock clock, BrowseRefresher refresher, Predicate<V> worthRemembering) {
        this.clock = clock;
        this.refresher = refresher;
        this.worthRemembering = worthRemembering;
    }

    /** The remembered value, or {@code compute}'s (remembered if worth it). */
    V get(K key, Supplier<V> compute) {
        return remembered(key, compute).orElseGet(() -> computeNow(key, compute));
    }

    /** The remembered value if young enough to answer; a stale one is renewed with {@code compute} meanwhile. */
    Optional<V> remembered(K key, Supplier<V> compute) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.value().isDone()) {
            return Optional.of(entry.value().join()); // being computed right now
        }
        if (entry.value().isCompletedExceptionally()) {
            return Optional.empty();
        }
        Duration age = Duration.between(entry.computedAt(), clock.instant());
        if (age.compareTo(entry.freshFor()) < 0) {
            return Optional.of(entry.value().join());
        }
        if (age.compareTo(BrowseRefresher.STALE_AT_MOST) < 0) {
            renewInBackground(key, entry, compute);
            return Optional.of(entry.value().join());
        }
        return Optional.empty();
    }

    private V computeNow(K key, Supplier<V> compute) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry<V> mine = new Entry<>(clock.instant());
        Entry<V> current = entries.compute(key, (k, existing) -> existing != null && !existing.value().isDone() ? existing : mine);
        if (current != mine) {
            return current.value().join();
        }
        try {
            V value = compute.get();
            mine.value().complete(value);
            if (!worthRemembering.test(value)) {
                entries.remove(key, mine);
            }
            return value;
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    private void renewInBackground(K key, Entry<V> stale, Supplier<V> compute) {
        if (!stale.renewing().compareAndSet(false, true)) {
            return;
        }
        boolean taken = refresher.offer(() -> {
            try {
                Entry<V> fresh = new Entry<>(clock.instant());
                V value = compute.get();
                if (worthRemembering.test(value)) {
                    fresh.value().complete(value);
                    entries.replace(key, stale, fresh);
                } else {
                    entries.remove(key, stale); // small again: computed on every request
                }
            } catch (RuntimeException e) {
                stale.renewing().set(false); // the next request tries again
                throw e;
            }
        });
        if (!taken) {
            stale.renewing().set(false);
        }
    }
}
