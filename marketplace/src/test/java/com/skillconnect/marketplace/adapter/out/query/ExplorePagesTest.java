package com.skillconnect.marketplace.adapter.out.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Explore pages of small results remembered per generation, of large ones per filter (ADR 0028). */
class ExplorePagesTest {

    private final ExplorePages pages = new ExplorePages(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC),
            Runnable::run, Optional.empty());
    private final ListingFilter search = new ListingFilter("figma", null, null, null, null, null, null, 0, 9);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aSmallResultsPageIsComputedOncePerGeneration() {
        assertThat(pages.exact("gig", search, 7, counted(3), counted(3)).total()).isEqualTo(3);
        assertThat(pages.exact("gig", search, 7, counted(4), counted(4)).total()).as("remembered under generation 7").isEqualTo(3);
        assertThat(computed).hasValue(1);

        assertThat(pages.exact("gig", search, 8, counted(4), counted(4)).total()).as("a listing written: generation 8").isEqualTo(4);
        assertThat(computed).hasValue(2);
        assertThat(pages.exactSize()).as("generation 7's page forgotten").isEqualTo(1);
        assertThat(pages.large("gig", search)).isEmpty();
    }

    @Test
    void kindsAndFiltersAreRememberedApart() {
        ListingFilter nextPage = new ListingFilter("figma", null, null, null, null, null, null, 9, 9);
        pages.exact("gig", search, 7, counted(3), counted(3));
        pages.exact("proposal", search, 7, counted(3), counted(3));
        pages.exact("gig", nextPage, 7, counted(3), counted(3));
        pages.exact("proposal", search, 9, counted(3), counted(3));

        assertThat(computed).hasValue(4);
        assertThat(pages.exactSize()).as("the proposals' generation 7 forgotten, the gigs' kept").isEqualTo(3);
    }

    @Test
    void aLargeResultsPageIsRememberedAsALargePageNotPerGeneration() {
        long large = RememberedCounts.EXACT_UP_TO + 1;
        pages.exact("gig", search, 7, counted(large), counted(large));

        assertThat(pages.large("gig", search)).get().extracting(ListingPage::total).isEqualTo(large);
        assertThat(pages.large("proposal", search)).isEmpty();
        assertThat(pages.exactSize()).isZero();
    }

    @Test
    void concurrentRequestsOfOneGenerationWaitForOneComputation() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ListingPage<String>> first = CompletableFuture.supplyAsync(() -> pages.exact("gig", search, 7, () -> {
            computing.countDown();
            await(release);
            return counted(2).get();
        }, counted(2)));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ListingPage<String>> second = CompletableFuture.supplyAsync(() -> pages.exact("gig", search, 7, counted(5), counted(5)));
        Thread.sleep(50);
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).total()).isEqualTo(2);
        assertThat(second.get(5, TimeUnit.SECONDS).total()).isEqualTo(2);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        assertThatThrownBy(() -> pages.exact("gig", search, 7, () -> {
            throw new IllegalStateException("database gone");
        }, counted(1))).hasMessage("database gone");

        assertThat(pages.exact("gig", search, 7, counted(1), counted(1)).total()).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    private Supplier<ListingPage<String>> counted(long total) {
        return () -> {
            computed.incrementAndGet();
            return new ListingPage<>(List.of("page"), total);
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
