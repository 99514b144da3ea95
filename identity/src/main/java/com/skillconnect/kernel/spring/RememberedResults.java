package com.skillconnect.kernel.spring;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values worth remembering (large browse and explore results: docs/adr/0007-browse-count.md, moved to the shared
 * kernel when marketplace's explore needed the same, ADR 0018), per key, in a Caffeine cache: answered without
 * computing while fresh ({@link #FRESH_FOR}); older, up to {@link #STALE_AT_MOST}, answered while {@link Renewals}
 * computes them again in the background ({@code refreshAfterWrite}), once however many callers ask; older still,
 * computed by the caller ({@code expireAfterWrite}). Callers asking for a value being computed wait for that one
 * computation, which runs on the first caller's thread, outside any lock of the cache. A value not worth
 * remembering (a result that is or became small) is answered but not kept, a failed computation is not
 * remembered, and at most {@value #MAX_ENTRIES} keys are kept (the least valuable evicted). Time is the
 * application's {@link Clock}. Hits and misses are counted ({@code cache.gets} in Micrometer, tag {@code cache}).
 */
public final class RememberedResults<K, V> {

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** Older than this, a remembered value is not answered any more: the request computes it. */
    public static final Duration STALE_AT_MOST = Duration.ofMinutes(5);
    public static final int MAX_ENTRIES = 10_000;

    private final AsyncLoadingCache<K, V> cache;
    private final Function<K, V> compute;
    private final Predicate<V> worthRemembering;

    /**
     * @param compute computes a key's value; it runs on a request's thread when nothing is remembered, and on
     *        {@code renewals} to renew a stale value
     * @param name the cache's name in Micrometer (tag {@code cache} of {@code cache.gets})
     */
    public RememberedResults(String name, Clock clock, Executor renewals, Predicate<V> worthRemembering, Function<K, V> compute,
            Optional<MeterRegistry> registry) {
        this.compute = compute;
        this.worthRemembering = worthRemembering;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker(clock))
                .executor(Runnable::run) // Caffeine's own upkeep, a few microseconds, on the caller
                .maximumSize(MAX_ENTRIES)
                .expireAfter(Expiry.<K, V>writing((key, value) -> worthRemembering.test(value) ? STALE_AT_MOST : Duration.ZERO))
                .refreshAfterWrite(FRESH_FOR)
                .recordStats()
                .buildAsync(new AsyncCacheLoader<K, V>() {
                    @Override
                    public CompletableFuture<V> asyncLoad(K key, Executor ignored) {
                        return CompletableFuture.supplyAsync(() -> compute.apply(key), renewals);
                    }

                    @Override
                    public CompletableFuture<V> asyncReload(K key, V stale, Executor ignored) {
                        try {
                            // null forgets the entry: a result that became small is computed on every request again
                            return CompletableFuture.supplyAsync(() -> {
                                V fresh = compute.apply(key);
                                return worthRemembering.test(fresh) ? fresh : null;
                            }, renewals);
                        } catch (RejectedExecutionException e) {
                            // too many renewals wait: the entry stays stale and a later request asks again
                            // (Caffeine logs no warning for a cancelled refresh)
                            CompletableFuture<V> refused = new CompletableFuture<>();
                            refused.cancel(false);
                            return refused;
                        }
                    }
                });
        registry.ifPresent(meters -> CaffeineCacheMetrics.monitor(meters, cache, name));
    }

    /** The remembered value, or the computed one (remembered if worth it). */
    public V get(K key) {
        return remembered(key).orElseGet(() -> computeNow(key));
    }

    /** The remembered value if young enough to answer (a hit); a stale one is renewed in the background meanwhile. */
    public Optional<V> remembered(K key) {
        CompletableFuture<V> remembered = cache.getIfPresent(key);
        return remembered == null ? Optional.empty() : Optional.ofNullable(join(remembered));
    }

    /**
     * Computes the value of a key the caller found not remembered ({@link #remembered}) and remembers it if worth
     * it; a request already computing it is waited for instead.
     */
    public V computeNow(K key) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> current = cache.asMap().putIfAbsent(key, mine);
        if (current != null) {
            return join(current); // computed right now by another request
        }
        try {
            V value = compute.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e); // Caffeine drops a failed future
            throw e;
        }
    }

    /**
     * Remembers a value the caller computed itself (outside {@link #computeNow}), if worth it, as if just computed: a
     * caller that decides by the value's size where to keep it (marketplace's explore pages, ADR 0028) hands over the
     * large ones without computing them twice.
     */
    public void remember(K key, V value) {
        if (worthRemembering.test(value)) {
            cache.put(key, CompletableFuture.completedFuture(value));
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Caffeine's time, in nanoseconds, read from the application's clock (tests move it). */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
