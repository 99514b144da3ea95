package com.skillconnect.talent.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeResultPagesTest {

    private final TickingClock clock = new TickingClock();
    private final LargeResultPages pages = new LargeResultPages(clock);

    @Test
    void aPageOfALargeResultIsRememberedForTheSameQuery() {
        String page = "page of java";
        assertThat(pages.remember(query("java", null, 0), BrowseCounts.EXACT_UP_TO + 1, page)).isSameAs(page);

        assertThat(pages.find(query("java", null, 0), String.class)).contains(page);
        assertThat(pages.find(query("java", null, 6), String.class)).as("another page").isEmpty();
        assertThat(pages.find(query("python", null, 0), String.class)).as("another word").isEmpty();
        assertThat(pages.find(query("java", "created_at", 0), String.class)).as("another ordering").isEmpty();
    }

    @Test
    void aRememberedPageIsForgottenOnceNoLongerFresh() {
        pages.remember(query("java", null, 0), BrowseCounts.EXACT_UP_TO + 1, "page");

        clock.advance(BrowseCounts.FRESH_FOR.minusSeconds(1));
        assertThat(pages.find(query("java", null, 0), String.class)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pages.find(query("java", null, 0), String.class)).isEmpty();
    }

    @Test
    void aPageOfASmallResultIsNeverRememberedSoItStaysFresh() {
        pages.remember(query("fernandes", null, 0), BrowseCounts.EXACT_UP_TO, "page");

        assertThat(pages.find(query("fernandes", null, 0), String.class)).isEmpty();
    }

    private static List<Object> query(String search, String ordering, long offset) {
        return List.of(new FreelancerBrowseFilter(search, null, null, null, ordering), offset, 6);
    }
}
