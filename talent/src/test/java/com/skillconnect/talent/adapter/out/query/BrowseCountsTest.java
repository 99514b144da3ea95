package com.skillconnect.talent.adapter.out.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.kernel.spring.RememberedResults;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class BrowseCountsTest {

    private static final String JAVA = "from talent.freelancer f where f.search_vector @@ :words";

    /** A table whose matching rows the test sets, counting the statements it is asked for. */
    private static final class FakeTable implements BrowseCounts.Counting {
        long rows;
        int cappedCounts;
        int fullCounts;
        RuntimeException failure;

        @Override
        public long atMost(String fromWhere, MapSqlParameterSource parameters, int limit) {
            cappedCounts++;
            return Math.min(rows, limit);
        }

        @Override
        public long all(String fromWhere, MapSqlParameterSource parameters) {
            fullCounts++;
            if (failure != null) {
                throw failure;
            }
            return rows;
        }
    }

    private final FakeTable table = new FakeTable();
    private final TickingClock clock = new TickingClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final BrowseCounts counts = new BrowseCounts(table, clock, background::add, Optional.of(meters));

    @Test
    void aSmallResultIsCountedExactlyOnEveryRequest() {
        table.rows = BrowseCounts.EXACT_UP_TO;
        assertThat(count("java")).isEqualTo(1000);
        table.rows = 7;
        assertThat(count("java")).isEqualTo(7);
        assertThat(table.cappedCounts).isEqualTo(2);
        assertThat(table.fullCounts).isZero();
    }

    @Test
    void aLargeResultIsCountedFullyOnceThenRememberedWhileFresh() {
        table.rows = 35_000;
        assertThat(count("java")).isEqualTo(35_000);
        table.rows = 35_001;
        clock.advance(RememberedResults.FRESH_FOR.minusMillis(1));

        assertThat(count("java")).isEqualTo(35_000);
        assertThat(table.cappedCounts).as("no statement for a remembered count").isEqualTo(1);
        assertThat(table.fullCounts).isEqualTo(1);
        assertThat(count("python")).as("another filter value").isEqualTo(35_001);
    }

    @Test
    void aResultTheCallerFoundLargeIsCountedInFullOnceWithoutACappedCount() {
        table.rows = 35_000;
        MapSqlParameterSource java = new MapSqlParameterSource("words", "java");

        assertThat(counts.countLarge(JAVA, java)).isEqualTo(35_000);
        assertThat(counts.countLarge(JAVA, java)).isEqualTo(35_000);
        assertThat(count("java")).as("the same memory as count()").isEqualTo(35_000);
        assertThat(table.fullCounts).isEqualTo(1);
        assertThat(table.cappedCounts).isZero();
    }

    @Test
    void aStaleCountIsAnsweredWhileOneBackgroundCountRefreshesIt() {
        table.rows = 35_000;
        count("java");
        table.rows = 36_000;
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));

        assertThat(count("java")).isEqualTo(35_000);
        assertThat(count("java")).isEqualTo(35_000);
        assertThat(background).as("one refresh, however many requests").hasSize(1);
        assertThat(table.fullCounts).isEqualTo(1);

        background.remove().run();

        assertThat(count("java")).isEqualTo(36_000);
        assertThat(table.fullCounts).isEqualTo(2);
        assertThat(table.cappedCounts).isEqualTo(1);
    }

    @Test
    void aResultThatBecameSmallIsCountedExactlyAgainAfterItsRefresh() {
        table.rows = 35_000;
        count("java");
        table.rows = 12;
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));
        count("java");
        background.remove().run();

        assertThat(count("java")).isEqualTo(12);
        assertThat(count("java")).isEqualTo(12);
        assertThat(table.cappedCounts).isEqualTo(3);
    }

    @Test
    void aFailedRefreshIsTriedAgainByTheNextRequest() {
        table.rows = 35_000;
        count("java");
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));
        count("java");
        table.failure = new IllegalStateException("database away");
        background.remove().run();
        table.failure = null;

        assertThat(count("java")).isEqualTo(35_000);
        assertThat(background).hasSize(1);
    }

    @Test
    void aRenewalRefusedBecauseTooManyWaitIsAskedForAgainByALaterRequest() {
        int[] offered = {0};
        BrowseCounts busy = new BrowseCounts(table, clock, task -> {
            offered[0]++;
            if (offered[0] == 1) {
                throw new java.util.concurrent.RejectedExecutionException("queue full");
            }
            background.add(task);
        }, Optional.empty());
        MapSqlParameterSource java = new MapSqlParameterSource("words", "java");
        table.rows = 35_000;
        busy.count(JAVA, java);
        table.rows = 36_000;
        clock.advance(RememberedResults.FRESH_FOR.plusSeconds(1));

        assertThat(busy.count(JAVA, java)).as("refused: the stale count").isEqualTo(35_000);
        assertThat(busy.count(JAVA, java)).as("asked for again").isEqualTo(35_000);
        assertThat(offered[0]).isEqualTo(2);
        background.remove().run();
        assertThat(busy.count(JAVA, java)).isEqualTo(36_000);
    }

    @Test
    void aCountTooOldToServeIsCountedByTheRequest() {
        table.rows = 35_000;
        count("java");
        table.rows = 40_000;
        clock.advance(RememberedResults.STALE_AT_MOST);

        assertThat(count("java")).isEqualTo(40_000);
        assertThat(background).isEmpty();
    }

    @Test
    void aFailedFullCountIsNotRemembered() {
        table.rows = 35_000;
        table.failure = new IllegalStateException("database away");
        assertThatThrownBy(() -> count("java")).isSameAs(table.failure);
        table.failure = null;

        assertThat(count("java")).isEqualTo(35_000);
        assertThat(table.fullCounts).isEqualTo(2);
    }

    @Test
    void rememberedCountsShowAsHitsAndMissesInMicrometer() {
        table.rows = 35_000;
        count("java");
        count("java");
        count("java");

        assertThat(meters.get("cache.gets").tag("cache", "browse.counts").tag("result", "hit").functionCounter().count())
                .isEqualTo(2);
        assertThat(meters.get("cache.gets").tag("cache", "browse.counts").tag("result", "miss").functionCounter().count())
                .isEqualTo(1);
    }

    private long count(String word) {
        return counts.count(JAVA, new MapSqlParameterSource("words", word).addValue("limit", 6));
    }
}
