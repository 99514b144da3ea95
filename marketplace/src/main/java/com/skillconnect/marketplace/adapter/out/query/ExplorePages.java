package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.kernel.spring.RememberedPages;
import com.skillconnect.kernel.spring.Renewals;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingPage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Explore pages of searches (or skill filters) matching more than {@value RememberedCounts#EXACT_UP_TO} listings,
 * remembered briefly: the shared kernel's {@link RememberedPages} (ADR 0007, ADR 0023). A search for a common word
 * costs 5-20 ms to find and rank its newest matches, a popular skill collects and sorts thousands of rows, and their
 * first pages are what everybody asks for. Only those, and only results whose count is remembered anyway
 * ({@link ExploreCounts}), so a page without search words or skill, or of a result of up to a thousand listings, is
 * always fresh: a listing just written shows at once. Micrometer:
 * {@code cache.gets{cache="explore.pages"}}.
 */
@Component
class ExplorePages extends RememberedPages {

    ExplorePages(Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        super("explore.pages", RememberedCounts.EXACT_UP_TO, clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    /** The page {@code filter} asks for of listings of this {@code kind}: remembered if it is a large search's. */
    @SuppressWarnings("unchecked")
    <T> ListingPage<T> page(String kind, ListingFilter filter, Supplier<ListingPage<T>> compute) {
        if (filter.search() == null && filter.skill() == null) {
            return compute.get();
        }
        return page(List.of(kind, filter), ListingPage.class, ListingPage::total, compute::get);
    }
}
