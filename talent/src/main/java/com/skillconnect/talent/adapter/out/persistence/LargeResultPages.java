package com.skillconnect.talent.adapter.out.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * Browse pages (with their count) of results of more than {@value #REMEMBERED_ABOVE} matches, remembered per
 * query (docs/adr/0007-browse-count.md): the first pages of a search for a common word are asked for again and
 * again, and each costs milliseconds (a common word: 5-20 ms to find and rank its newest matches; a search
 * matching a thousand clients: ~10 ms). A remembered page is answered without any statement while fresh (20 to
 * 30 s, {@link BrowseRefresher#freshness()}); older, up to {@link BrowseRefresher#STALE_AT_MOST}, it is still
 * answered while the {@link BrowseRefresher} computes it again in the background. Results of
 * {@value #REMEMBERED_ABOVE} matches or fewer, what a user narrows down to, are never remembered, so they stay
 * exact and fresh. A query is any value with equality (a filter record with its offset and limit), looked up
 * before any SQL.
 */
@Component
class LargeResultPages {

    static final int REMEMBERED_ABOVE = 100;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Object page, Instant computedAt, Duration freshFor, AtomicBoolean renewing) {
    }

    private final Map<Object, Entry> pages = new ConcurrentHashMap<>();
    private final Clock clock;
    private final BrowseRefresher refresher;

    LargeResultPages(Clock clock, BrowseRefresher refresher) {
        this.clock = clock;
        this.refresher = refresher;
    }

    /** The page {@code query} asks for: remembered, or computed (and remembered if its result is large). */
    <T> T page(Object query, Class<T> type, ToLongFunction<T> totalOf, Supplier<T> compute) {
        Entry entry = pages.get(query);
        if (entry != null) {
            Duration age = Duration.between(entry.computedAt(), clock.instant());
            if (age.compareTo(entry.freshFor()) < 0) {
                return type.cast(entry.page());
            }
            if (age.compareTo(BrowseRefresher.STALE_AT_MOST) < 0) {
                renewInBackground(query, entry, totalOf, compute);
                return type.cast(entry.page());
            }
        }
        return computeAndRemember(query, totalOf, compute);
    }

    private <T> T computeAndRemember(Object query, ToLongFunction<T> totalOf, Supplier<T> compute) {
        Instant computedAt = clock.instant();
        T page = compute.get();
        if (totalOf.applyAsLong(page) > REMEMBERED_ABOVE) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(query, new Entry(page, computedAt, BrowseRefresher.freshness(), new AtomicBoolean()));
        } else {
            pages.remove(query); // small (again): computed on every request
        }
        return page;
    }

    private <T> void renewInBackground(Object query, Entry stale, ToLongFunction<T> totalOf, Supplier<T> compute) {
        if (!stale.renewing().compareAndSet(false, true)) {
            return;
        }
        boolean taken = refresher.offer(() -> {
            try {
                computeAndRemember(query, totalOf, compute);
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
