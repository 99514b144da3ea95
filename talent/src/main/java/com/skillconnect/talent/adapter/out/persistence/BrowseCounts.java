package com.skillconnect.talent.adapter.out.persistence;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code count} of a browse page (see docs/adr/0007-browse-count.md). Always one {@code count(*)}
 * statement, capped (through a materialised CTE, so that the cap does not change the plan): it counts at most {@value #EXACT_UP_TO} + 1 matching rows, so a small or well-filtered
 * result is counted exactly and freshly on every request, cheaply. Only when the cap is reached is the full
 * exact count needed: that one is remembered per filter (the exact {@code FROM … WHERE …} text and its
 * parameters) for {@value #TTL_SECONDS} s, so a large count may lag writes by up to that long.
 * Concurrent requests for the same missing count wait for one statement.
 */
@Component
class BrowseCounts {

    /** Results up to this size are counted exactly on every request. */
    static final int EXACT_UP_TO = 1000;
    static final long TTL_SECONDS = 30;
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String fromWhere, Map<String, Object> parameters) {
    }

    private record Entry(CompletableFuture<Long> total, long expiresAtMillis) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<Key, Entry> large = new ConcurrentHashMap<>();

    BrowseCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many rows {@code fromWhere} ({@code "from … where …"}, selecting from one table, aliased as its
     * SQL says) matches with {@code parameters}.
     */
    long count(String fromWhere, MapSqlParameterSource parameters) {
        // A materialised CTE is planned for all its rows (the plan the exact count would use: bitmap scans for
        // a search) yet read lazily, so the LIMIT stops it early. A plain LIMIT subquery made the planner bet on
        // a sequential scan finding 1,001 matches early: 85 ms instead of 9 for a 1,600-row search.
        long capped = jdbc.queryForObject("with matching as materialized (select 1 " + fromWhere
                + ") select count(*) from (select 1 from matching limit " + (EXACT_UP_TO + 1) + ") capped", parameters, Long.class);
        if (capped <= EXACT_UP_TO) {
            return capped;
        }
        Map<String, Object> used = new TreeMap<>();
        parameters.getValues().forEach((name, value) -> {
            if (fromWhere.contains(":" + name)) {
                used.put(name, value);
            }
        });
        Key key = new Key(fromWhere, used);
        long now = System.currentTimeMillis();
        Entry entry = large.get(key);
        if (entry == null || entry.expiresAtMillis() <= now || entry.total().isCompletedExceptionally()) {
            if (large.size() >= MAX_ENTRIES) {
                large.clear();
            }
            Entry fresh = new Entry(new CompletableFuture<>(), now + TTL_SECONDS * 1000);
            boolean mine = entry == null ? large.putIfAbsent(key, fresh) == null : large.replace(key, entry, fresh);
            if (mine) {
                try {
                    fresh.total().complete(jdbc.queryForObject("select count(*) " + fromWhere, parameters, Long.class));
                } catch (RuntimeException e) {
                    large.remove(key, fresh);
                    fresh.total().completeExceptionally(e);
                    throw e;
                }
            }
            entry = large.get(key);
            if (entry == null) {
                return jdbc.queryForObject("select count(*) " + fromWhere, parameters, Long.class);
            }
        }
        return entry.total().join();
    }
}
