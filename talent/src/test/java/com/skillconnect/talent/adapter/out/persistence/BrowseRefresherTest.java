package com.skillconnect.talent.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrowseRefresherTest {

    @Test
    void freshnessIsSpreadSoThatCountsTakenTogetherDoNotGoStaleTogether() {
        Set<Duration> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            drawn.add(BrowseRefresher.freshness());
        }
        assertThat(drawn).allSatisfy(fresh -> assertThat(fresh).isBetween(BrowseRefresher.FRESH_AT_LEAST, BrowseRefresher.FRESH_FOR));
        assertThat(drawn).hasSizeGreaterThan(100);
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() {
        List<Runnable> queued = new ArrayList<>();
        BrowseRefresher refresher = new BrowseRefresher(queued::add);
        List<String> done = new ArrayList<>();

        assertThat(refresher.offer(() -> {
            throw new IllegalStateException("database away");
        })).isTrue();
        assertThat(refresher.offer(() -> done.add("second"))).isTrue();
        queued.forEach(Runnable::run);

        assertThat(done).containsExactly("second");
    }

    @Test
    void aTaskRefusedBecauseTooManyWaitIsReportedSoItCanBeAskedForAgain() {
        BrowseRefresher full = new BrowseRefresher(task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        });

        assertThat(full.offer(() -> { })).isFalse();
    }
}
