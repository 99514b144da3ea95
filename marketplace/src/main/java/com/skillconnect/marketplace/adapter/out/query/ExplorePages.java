package com.skillconnect.marketplace.adapter.out.query;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.kernel.spring.RememberedPages;
import com.skillconnect.kernel.spring.Renewals;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingPage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Explore pages remembered (ADR 0023, docs/adr/0028-exact-remembered-explore-pages.md), in two ways by the size of their
 * result:
 * <ul>
 * <li>a page of a result of more than {@value RememberedCounts#EXACT_UP_TO} listings (the whole list, a category, a
 * common word, a popular skill), per kind and filter, as talent's browse remembers its pages: the shared kernel's
 * {@link RememberedPages} (ADR 0007), so a listing just written shows there within {@code RememberedResults.FRESH_FOR};
 * <li>a page of a smaller result (what a user narrows down to: most searches, skills, amount ranges), per kind, filter
 * and <em>generation</em> of that kind's listings ({@code marketplace.listing_generation}, advanced by every transaction
 * that changes what such a page shows when it commits), read by the request before the page is computed: so the page
 * is exact — a listing just written, on any instance, advances the generation and the next request computes the page
 * again — and computing it is paid once per generation, not once per request.
 * </ul>
 * Micrometer: {@code cache.gets{cache="explore.pages"}} and {@code cache.gets{cache="explore.exact-pages"}}.
 */
@Component
class ExplorePages extends RememberedPages {

    /**
     * Pages of small results kept at most (of the newest generations): as many as the large results' pages
     * ({@code RememberedResults.MAX_ENTRIES}); a page of 9 listings is a few kB.
     */
    static final int EXACT_MAX_ENTRIES = 10_000;
    /** A page of a small result not asked for this long is forgotten, whatever its generation. */
    static final Duration EXACT_IDLE_AT_MOST = Duration.ofMinutes(10);

    /** A small result's page: exact for as long as its kind's generation is this one. */
    private record Exact(String kind, ListingFilter filter, long generation) {
    }

    private final AsyncCache<Exact, ListingPage<?>> exact;
    /** The newest generation seen per kind: pages of older ones are forgotten when a newer one is seen. */
    private final Map<String, AtomicLong> newest = new ConcurrentHashMap<>();

    @Autowired
    ExplorePages(Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        this(clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    ExplorePages(Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        super("explore.pages", RememberedCounts.EXACT_UP_TO, clock, renewals, registry);
        this.exact = Caffeine.newBuilder()
                .ticker(() -> {
                    var now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .executor(Runnable::run)
                .maximumSize(EXACT_MAX_ENTRIES)
                .expireAfterAccess(EXACT_IDLE_AT_MOST)
                .recordStats()
                .buildAsync();
        registry.ifPresent(meters -> CaffeineCacheMetrics.monitor(meters, exact, "explore.exact-pages"));
    }

    /**
     * The remembered page of a large result {@code filter} asks for of listings of this {@code kind}, if there is one
     * (no statement).
     */
    @SuppressWarnings("unchecked")
    <T> Optional<ListingPage<T>> large(String kind, ListingFilter filter) {
        return remembered(List.of(kind, filter), ListingPage.class).map(page -> (ListingPage<T>) page);
    }

    /**
     * The page {@code filter} asks for, for a request that has read its {@code kind}'s {@code generation} and found no
     * large page remembered: remembered under that generation if its result is small; else computed by {@code compute}
     * (once for concurrent requests of the same generation) and, if its result is small, remembered under the
     * generation, if large, remembered as a large page ({@code renew} computes it again when it is renewed).
     */
    @SuppressWarnings("unchecked")
    <T> ListingPage<T> exact(String kind, ListingFilter filter, long generation, Supplier<ListingPage<T>> compute,
            Supplier<ListingPage<T>> renew) {
        forgetOlder(kind, generation);
        Exact key = new Exact(kind, filter, generation);
        CompletableFuture<ListingPage<?>> mine = new CompletableFuture<>();
        CompletableFuture<ListingPage<?>> current = exact.get(key, (k, executor) -> mine);
        if (current != mine) {
            return (ListingPage<T>) join(current);
        }
        ListingPage<T> page;
        try {
            page = compute.get();
        } catch (RuntimeException e) {
            mine.completeExceptionally(e); // Caffeine drops a failed future
            throw e;
        }
        mine.complete(page);
        if (page.total() > RememberedCounts.EXACT_UP_TO) {
            exact.synchronous().invalidate(key);
            remember(List.of(kind, filter), page, ListingPage::total, renew);
        }
        return page;
    }

    /** How many pages of small results are remembered (tests). */
    long exactSize() {
        exact.synchronous().cleanUp();
        return exact.synchronous().estimatedSize();
    }

    /** The first request to see a newer generation of a kind forgets the pages of the older ones: no request starting now asks for them. */
    private void forgetOlder(String kind, long generation) {
        AtomicLong seen = newest.computeIfAbsent(kind, k -> new AtomicLong(Long.MIN_VALUE));
        long before = seen.get();
        if (generation > before && seen.compareAndSet(before, generation)) {
            exact.asMap().keySet().removeIf(key -> key.kind().equals(kind) && key.generation() < generation);
        }
    }

    private static ListingPage<?> join(CompletableFuture<ListingPage<?>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
