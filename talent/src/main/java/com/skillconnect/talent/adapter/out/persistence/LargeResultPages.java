package com.skillconnect.talent.adapter.out.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Browse pages of large results (more than {@link BrowseCounts#EXACT_UP_TO} matches), remembered per query
 * for {@link BrowseCounts#TTL_SECONDS} s, like their counts (docs/adr/0007-browse-count.md): the first pages
 * of a search for a common word are asked for again and again, and each costs tens of milliseconds. A
 * remembered page may lag writes by up to that long; small results are never remembered, so they stay exact
 * and fresh.
 */
@Component
class LargeResultPages {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(String query, Map<String, Object> parameters) {
    }

    private record Entry(Object page, long expiresAtMillis) {
    }

    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();

    <T> Optional<T> find(String query, MapSqlParameterSource parameters, Class<T> type) {
        Entry entry = pages.get(key(query, parameters));
        if (entry == null || entry.expiresAtMillis() <= System.currentTimeMillis()) {
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.page()));
    }

    /** Remembers the page if its result is large; answers it. */
    <T> T remember(String query, MapSqlParameterSource parameters, long total, T page) {
        if (total > BrowseCounts.EXACT_UP_TO) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(key(query, parameters), new Entry(page, System.currentTimeMillis() + BrowseCounts.TTL_SECONDS * 1000));
        }
        return page;
    }

    private static Key key(String query, MapSqlParameterSource parameters) {
        return new Key(query, new TreeMap<>(parameters.getValues()));
    }
}
