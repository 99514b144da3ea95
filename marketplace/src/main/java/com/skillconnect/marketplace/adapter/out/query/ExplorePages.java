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
 * Explore pages of results of more than {@value RememberedCounts#EXACT_UP_TO} listings, remembered briefly: the shared
 * kernel's {@link RememberedPages} (ADR 0007, ADR 0023), as talent's browse remembers its pages. The first pages of
 * the whole list, of a category or price range, of a common word or a popular skill are what everybody asks for, and
 * computing one costs milliseconds of database and JVM time (the plain page, though one fast statement, held explore
 * at ~400 requests/s on 2 cores: docs/benchmarks/marketplace-explore.md). A page of a result of up to a thousand
 * listings, what a user narrows down to, is always fresh: a listing just written shows there at once; in a larger
 * result it shows within {@code RememberedResults.FRESH_FOR}. Micrometer: {@code cache.gets{cache="explore.pages"}}.
 */
@Component
class ExplorePages extends RememberedPages {

    ExplorePages(Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        super("explore.pages", RememberedCounts.EXACT_UP_TO, clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    /** The page {@code filter} asks for of listings of this {@code kind}: remembered if its result is large. */
    @SuppressWarnings("unchecked")
    <T> ListingPage<T> page(String kind, ListingFilter filter, Supplier<ListingPage<T>> compute) {
        return page(List.of(kind, filter), ListingPage.class, ListingPage::total, compute::get);
    }
}
