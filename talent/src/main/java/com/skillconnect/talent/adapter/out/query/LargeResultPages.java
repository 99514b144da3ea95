package com.skillconnect.talent.adapter.out.query;

import com.skillconnect.kernel.spring.RememberedPages;
import com.skillconnect.kernel.spring.Renewals;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Browse pages (with their count) of results of more than {@value #REMEMBERED_ABOVE} matches, remembered briefly
 * (docs/adr/0007-browse-count.md): the shared kernel's {@link RememberedPages} under talent's name,
 * {@code cache.gets{cache="browse.pages"}} in Micrometer. A search matching a thousand clients costs ~10 ms, a common
 * word 5-20 ms; results of {@value #REMEMBERED_ABOVE} matches or fewer, what a user narrows down to, stay exact and
 * fresh.
 */
@Component
class LargeResultPages extends RememberedPages {

    static final int REMEMBERED_ABOVE = 100;

    @Autowired
    LargeResultPages(Clock clock, Renewals renewals, ObjectProvider<MeterRegistry> registry) {
        this(clock, renewals, Optional.ofNullable(registry.getIfAvailable()));
    }

    LargeResultPages(Clock clock, Executor renewals, Optional<MeterRegistry> registry) {
        super("browse.pages", REMEMBERED_ABOVE, clock, renewals, registry);
    }
}
