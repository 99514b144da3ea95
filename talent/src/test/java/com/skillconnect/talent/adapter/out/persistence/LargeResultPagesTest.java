package com.skillconnect.talent.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LargeResultPagesTest {

    /** A page of a result of {@code total} matches, numbered by when it was computed. */
    private record Page(long total, int computation) {
    }

    private final TickingClock clock = new TickingClock();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final LargeResultPages pages = new LargeResultPages(clock, new BrowseRefresher(background::add));
    private long matches;
    private int computations;

    @Test
    void aPageOfALargeResultIsComputedOnceThenRememberedWhileFresh() {
        matches = LargeResultPages.REMEMBERED_ABOVE + 1;
        Page first = page("java", null, 0);
        clock.advance(BrowseRefresher.FRESH_AT_LEAST.minusMillis(1));

        assertThat(page("java", null, 0)).isSameAs(first);
        assertThat(computations).isEqualTo(1);
        assertThat(page("java", null, 6)).as("another page").isNotEqualTo(first);
        assertThat(page("python", null, 0)).as("another word").isNotEqualTo(first);
        assertThat(page("java", "created_at", 0)).as("another ordering").isNotEqualTo(first);
        assertThat(computations).isEqualTo(4);
    }

    @Test
    void aPageOfASmallResultIsComputedOnEveryRequestSoItStaysFresh() {
        matches = LargeResultPages.REMEMBERED_ABOVE;
        page("fernandes", null, 0);
        page("fernandes", null, 0);

        assertThat(computations).isEqualTo(2);
    }

    @Test
    void aStalePageIsAnsweredWhileOneBackgroundComputationRenewsIt() {
        matches = 5_000;
        Page first = page("java", null, 0);
        clock.advance(BrowseRefresher.FRESH_FOR);

        assertThat(page("java", null, 0)).isSameAs(first);
        assertThat(page("java", null, 0)).isSameAs(first);
        assertThat(background).as("one renewal, however many requests").hasSize(1);

        background.remove().run();

        assertThat(page("java", null, 0).computation()).isEqualTo(2);
        assertThat(computations).isEqualTo(2);
    }

    @Test
    void aResultThatBecameSmallIsComputedOnEveryRequestAfterItsRenewal() {
        matches = 5_000;
        page("java", null, 0);
        clock.advance(BrowseRefresher.FRESH_FOR);
        page("java", null, 0);
        matches = 3;
        background.remove().run();

        page("java", null, 0);
        page("java", null, 0);
        assertThat(computations).isEqualTo(4);
    }

    @Test
    void aPageTooOldToServeIsComputedByTheRequest() {
        matches = 5_000;
        page("java", null, 0);
        clock.advance(BrowseRefresher.STALE_AT_MOST);

        assertThat(page("java", null, 0).computation()).isEqualTo(2);
        assertThat(background).isEmpty();
    }

    @Test
    void aFailedComputationIsNotRememberedAndAFailedRenewalIsTriedAgain() {
        matches = 5_000;
        Supplier<Page> failing = () -> {
            throw new IllegalStateException("database away");
        };
        assertThatThrownBy(() -> pages.page(query("java", null, 0), Page.class, Page::total, failing))
                .hasMessage("database away");
        page("java", null, 0);
        clock.advance(BrowseRefresher.FRESH_FOR);
        pages.page(query("java", null, 0), Page.class, Page::total, failing);
        background.remove().run();

        page("java", null, 0);
        assertThat(background).as("asked for again").hasSize(1);
    }

    private Page page(String search, String ordering, long offset) {
        return pages.page(query(search, ordering, offset), Page.class, Page::total, () -> new Page(matches, ++computations));
    }

    private static List<Object> query(String search, String ordering, long offset) {
        return List.of(new FreelancerBrowseFilter(search, null, null, null, ordering), offset, 6);
    }
}
