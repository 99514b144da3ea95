package com.skillconnect.kernel.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Pages (with their total) of results of more than a given number of matches, remembered per query in a
 * {@link RememberedResults} (Caffeine; docs/adr/0007-browse-count.md): the first pages of a search for a common word
 * are asked for again and again, and each costs milliseconds (5-20 ms to find and rank the newest matches of a
 * common word). A remembered page is answered without any statement while fresh, and while stale renewed in the
 * background; concurrent requests for the same missing page wait for one computation. Pages of results of that
 * many matches or fewer, what a user narrows down to, are never remembered, so they stay exact and fresh. A query
 * is any value with equality (a filter record with its offset and limit), looked up before any SQL. Each module
 * makes its own, named for Micrometer ({@code cache.gets{cache="browse.pages"}}, {@code "explore.pages"}…); moved
 * here from talent (ADR 0018).
 */
public class RememberedPages {

    private final RememberedResults<Query, Counted> pages;

    /**
     * @param name the cache's name in Micrometer
     * @param rememberedAbove pages of results of more matches than this are remembered
     * @param renewals where stale pages are computed again ({@link Renewals} in the application)
     */
    public RememberedPages(String name, long rememberedAbove, Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        this.pages = new RememberedResults<>(name, clock, renewals, counted -> counted.total() > rememberedAbove,
                query -> query.compute().get(), registry);
    }

    /** The page {@code query} asks for: remembered, or computed (and remembered if its result is large). */
    public <T> T page(Object query, Class<T> type, ToLongFunction<T> totalOf, Supplier<T> compute) {
        return type.cast(pages.get(new Query(query, () -> new Counted(compute.get(), totalOf))).page());
    }

    /**
     * The page {@code query} asks for if it is remembered (a hit; a stale one renewed in the background meanwhile),
     * without computing it (a page being computed by {@link #page} for another request is waited for).
     */
    public <T> Optional<T> remembered(Object query, Class<T> type) {
        return pages.remembered(new Query(query, null)).map(counted -> type.cast(counted.page()));
    }

    /**
     * Remembers a page the caller computed itself if its result is large ({@code compute} computes it again when it
     * is renewed); a small one is not kept.
     */
    public <T> void remember(Object query, T page, ToLongFunction<T> totalOf, Supplier<T> compute) {
        pages.remember(new Query(query, () -> new Counted(compute.get(), totalOf)), new Counted(page, totalOf));
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
