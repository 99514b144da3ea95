package com.skillconnect.talent.adapter.out.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Browse pages of large results (more than {@link BrowseCounts#EXACT_UP_TO} matches), remembered per query
 * for {@link BrowseCounts#FRESH_FOR}, like their counts (docs/adr/0007-browse-count.md): the first pages
 * of a search for a common word are asked for again and again, and each costs milliseconds. A remembered page
 * may lag writes by up to that long; small results are never remembered, so they stay exact and fresh.
 * A query is any value with equality (a filter record with its offset and limit), looked up before any SQL.
 */
@Component
class LargeResultPages {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Object page, Instant expiresAt) {
    }

    private final Map<Object, Entry> pages = new ConcurrentHashMap<>();
    private final Clock clock;

    LargeResultPages(Clock clock) {
        this.clock = clock;
    }

    <T> Optional<T> find(Object query, Class<T> type) {
        Entry entry = pages.get(query);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.page()));
    }

    /** Remembers the page if its result is large; answers it. */
    <T> T remember(Object query, long total, T page) {
        if (total > BrowseCounts.EXACT_UP_TO) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(query, new Entry(page, clock.instant().plus(BrowseCounts.FRESH_FOR)));
        }
        return page;
    }
}
