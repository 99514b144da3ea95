package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.kernel.spring.Renewals;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The totals of filtered explore pages, gigs and proposals alike (docs/adr/0023-listings-search-and-soft-delete.md):
 * the shared kernel's {@link RememberedCounts}, as talent's browse counts (ADR 0007) — exact on every request up to
 * {@value RememberedCounts#EXACT_UP_TO} matches, larger totals (a search for a common word: ~180 ms to count 36,000
 * gigs) remembered and renewed in the background, so at most a few seconds stale. Micrometer:
 * {@code cache.gets{cache="explore.counts"}}.
 */
@Component
class ExploreCounts extends RememberedCounts {

    ExploreCounts(NamedParameterJdbcTemplate jdbc, Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        super("explore.counts", sql(jdbc), clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }
}
