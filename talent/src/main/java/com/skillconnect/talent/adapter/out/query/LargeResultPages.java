package com.skillconnect.talent.adapter.out.query;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Browse pages (with their count) of results of more than {@value #REMEMBERED_ABOVE} matches, remembered per
 * query in a {@link RememberedResults} (Caffeine; docs/adr/0007-browse-count.md): the first pages of a search for
 * a common word are asked for again and again, and each costs milliseconds (a common word: 5-20 ms to find and
 * rank its newest matches; a search matching a thousand clients: ~10 ms). A remembered page is answered without
 * any statement while fresh, and while stale renewed in the background; concurrent requests for the same missing
 * page wait for one computation. Results of {@value #REMEMBERED_ABOVE} matches or fewer, what a user narrows down
 * to, are never remembered, so they stay exact and fresh. A query is any value with equality (a filter record with
 * its offset and limit), looked up before any SQL. Micrometer: {@code cache.gets{cache="browse.pages"}}.
 */
@Component
class LargeResultPages {

    static final int REMEMBERED_ABOVE = 100;

    private final RememberedResults<Query, Counted> pages;

    @Autowired
    LargeResultPages(Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        this(clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    LargeResultPages(Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        this.pages = new RememberedResults<>("browse.pages", clock, renewals, counted -> counted.total() > REMEMBERED_ABOVE,
                query -> query.compute().get(), registry);
    }

    /** The page {@code query} asks for: remembered, or computed (and remembered if its result is large). */
    <T> T page(Object query, Class<T> type, ToLongFunction<T> totalOf, Supplier<T> compute) {
        return type.cast(pages.get(new Query(query, () -> new Counted(compute.get(), totalOf))).page());
    }

    /** A query and how to compute its page (renewals compute it again); equal by the query alone. */
    private record Query(Object query, Supplier<Counted> compute) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Query that && query.equals(that.query);
        }

        @Override
        public int hashCode() {
            return query.hashCode();
        }
    }

    /** A page with the size of its whole result. */
    private record Counted(Object page, long total) {

        <T> Counted(T page, ToLongFunction<T> totalOf) {
            this(page, totalOf.applyAsLong(page));
        }
    }
}
