package com.skillconnect.talent.adapter.out.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.kernel.spring.RememberedResults;
import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LargeResultPagesTest {

    /** A page of a result of {@code total} matches, numbered by when it was computed. */
    private record Page(long total, int computation) {
    }

    private final TickingClock clock = new TickingClock();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final LargeResultPages pages = new LargeResultPages(clock, background::add, Optional.empty());
    private long matches;
    private int computations;
    private RuntimeException failure;

    @Test
    void aPageOfALargeResultIsComputedOnceThenRememberedWhileFresh() {
        matches = LargeResultPages.REMEMBERED_ABOVE + 1;
        Page first = page("java", null, 0);
        clock.advance(RememberedResults.FRESH_FOR.minusMillis(1));

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
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));

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
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));
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
        clock.advance(RememberedResults.STALE_AT_MOST);

        assertThat(page("java", null, 0).computation()).isEqualTo(2);
        assertThat(background).isEmpty();
    }

    @Test
    void aFailedComputationIsNotRememberedAndAFailedRenewalIsTriedAgain() {
        matches = 5_000;
        failure = new IllegalStateException("database away");
        assertThatThrownBy(() -> page("java", null, 0)).hasMessage("database away");
        failure = null;
        page("java", null, 0);
        assertThat(computations).as("computed again after the failure").isEqualTo(1);
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));
        page("java", null, 0);
        failure = new IllegalStateException("database away");
        background.remove().run();
        failure = null;

        assertThat(page("java", null, 0).computation()).as("the stale page, still answered").isEqualTo(1);
        assertThat(background).as("asked for again").hasSize(1);
        background.remove().run();
        assertThat(page("java", null, 0).computation()).isEqualTo(2);
    }

    private Page page(String search, String ordering, long offset) {
        return pages.page(query(search, ordering, offset), Page.class, Page::total, () -> {
            if (failure != null) {
                throw failure;
            }
            return new Page(matches, ++computations);
        });
    }

    private static List<Object> query(String search, String ordering, long offset) {
        return List.of(new FreelancerBrowseFilter(search, null, null, null, ordering), offset, 6);
    }
}
