package com.skillconnect.talent.adapter.out.query;

import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.kernel.spring.Renewals;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code count} of a browse page (docs/adr/0007-browse-count.md): the shared kernel's {@link RememberedCounts}
 * (exact up to {@value RememberedCounts#EXACT_UP_TO}, larger counts remembered), under talent's name,
 * {@code cache.gets{cache="browse.counts"}} in Micrometer.
 */
@Component
class BrowseCounts extends RememberedCounts {

    @Autowired
    BrowseCounts(NamedParameterJdbcTemplate jdbc, Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        this(sql(jdbc), clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    BrowseCounts(Counting counting, Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        super("browse.counts", counting, clock, renewals, registry);
    }
}
