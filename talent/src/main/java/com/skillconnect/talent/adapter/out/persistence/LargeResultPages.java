package com.skillconnect.talent.adapter.out.persistence;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * Browse pages (with their count) of results of more than {@value #REMEMBERED_ABOVE} matches, remembered per
 * query in a {@link RenewedMemory} (docs/adr/0007-browse-count.md): the first pages of a search for a common
 * word are asked for again and again, and each costs milliseconds (a common word: 5-20 ms to find and rank its
 * newest matches; a search matching a thousand clients: ~10 ms). A remembered page is answered without any
 * statement while fresh, and while stale renewed in the background; concurrent requests for the same missing
 * page wait for one computation. Results of
 * {@value #REMEMBERED_ABOVE} matches or fewer, what a user narrows down to, are never remembered, so they stay
 * exact and fresh. A query is any value with equality (a filter record with its offset and limit), looked up
 * before any SQL.
 */
@Component
class LargeResultPages {

    static final int REMEMBERED_ABOVE = 100;

    private final RenewedMemory<Object, Counted> pages;

    LargeResultPages(Clock clock, BrowseRefresher refresher) {
        this.pages = new RenewedMemory<>(clock, refresher, counted -> counted.total() > REMEMBERED_ABOVE);
    }

    /** The page {@code query} asks for: remembered, or computed (and remembered if its result is large). */
    <T> T page(Object query, Class<T> type, ToLongFunction<T> totalOf, Supplier<T> compute) {
        return type.cast(pages.get(query, () -> new Counted(compute.get(), totalOf)).page());
    }

    /** A page with the size of its whole result. */
    private record Counted(Object page, long total) {

        <T> Counted(T page, ToLongFunction<T> totalOf) {
            this(page, totalOf.applyAsLong(page));
        }
    }
}
