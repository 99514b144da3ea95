package com.skillconnect.kernel.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The total of a filtered page (talent's browse, marketplace's explore: docs/adr/0007-browse-count.md), for a
 * filter given as its SQL {@code from … where …} text and parameters. A result is counted with one {@code count(*)}
 * statement capped at {@value #EXACT_UP_TO} + 1 rows, so a small or well-filtered result is counted exactly and
 * freshly on every request, cheaply. Only when the cap is reached is the full exact count needed: that one is
 * remembered per filter (the exact {@code FROM … WHERE …} text and the parameters it uses), in a
 * {@link RememberedResults} (Caffeine): answered without any statement while fresh, and while stale renewed in the
 * background, so that no request waits for the full count of a popular large result. Concurrent requests for the
 * same missing count wait for one statement. Each module makes its own, named for Micrometer
 * ({@code cache.gets{cache="browse.counts"}}, {@code "explore.counts"}…); moved here from talent (ADR 0018).
 */
public class RememberedCounts {

    /** Results up to this size are counted exactly on every request. */
    public static final int EXACT_UP_TO = 1000;

    /** How rows are counted: SQL ({@link #sql}), a fake in unit tests. */
    public interface Counting {

        /** How many rows {@code fromWhere} matches, counting no further than {@code limit}. */
        long atMost(String fromWhere, MapSqlParameterSource parameters, int limit);

        long all(String fromWhere, MapSqlParameterSource parameters);
    }

    private record Key(String fromWhere, Map<String, Object> parameters) {
    }

    private final Counting counting;
    private final RememberedResults<Key, Long> large;

    /**
     * @param name the cache's name in Micrometer
     * @param renewals where stale counts are counted again ({@link Renewals} in the application)
     */
    public RememberedCounts(String name, Counting counting, Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        this.counting = counting;
        this.large = new RememberedResults<>(name, clock, renewals, total -> total > EXACT_UP_TO, this::countAll, registry);
    }

    /**
     * How many rows {@code fromWhere} ({@code "from … where …"}, its tables aliased as its SQL says) matches
     * with {@code parameters}.
     */
    public long count(String fromWhere, MapSqlParameterSource parameters) {
        Key key = key(fromWhere, parameters);
        Optional<Long> remembered = large.remembered(key);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        long capped = counting.atMost(fromWhere, parameters, EXACT_UP_TO + 1);
        return capped <= EXACT_UP_TO ? capped : large.computeNow(key);
    }

    /**
     * The count of a result the caller has found to hold more than {@value #EXACT_UP_TO} rows: remembered, or
     * counted in full (and remembered).
     */
    public long countLarge(String fromWhere, MapSqlParameterSource parameters) {
        Key key = key(fromWhere, parameters);
        return large.get(key);
    }

    private long countAll(Key key) {
        return counting.all(key.fromWhere(), new MapSqlParameterSource(key.parameters()));
    }

    /** The key holds only the parameters the filter uses, copied: the caller goes on adding its page's. */
    private static Key key(String fromWhere, MapSqlParameterSource parameters) {
        Map<String, Object> used = new TreeMap<>();
        parameters.getValues().forEach((name, value) -> {
            if (fromWhere.contains(":" + name)) {
                used.put(name, value);
            }
        });
        return new Key(fromWhere, used);
    }

    /** Counting in SQL, with {@code jdbc}. */
    public static Counting sql(NamedParameterJdbcTemplate jdbc) {
        return new Counting() {
            @Override
            public long atMost(String fromWhere, MapSqlParameterSource parameters, int limit) {
                // A materialised CTE is planned for all its rows (the plan the exact count would use: bitmap scans
                // for a search) yet read lazily, so the LIMIT stops it early. A plain LIMIT subquery made the planner
                // bet on a sequential scan finding 1,001 matches early: 85 ms instead of 9 for a 1,600-row search.
                return jdbc.queryForObject("with matching as materialized (select 1 " + fromWhere
                        + ") select count(*) from (select 1 from matching limit " + limit + ") capped", parameters, Long.class);
            }

            @Override
            public long all(String fromWhere, MapSqlParameterSource parameters) {
                return jdbc.queryForObject("select count(*) " + fromWhere, parameters, Long.class);
            }
        };
    }
}
