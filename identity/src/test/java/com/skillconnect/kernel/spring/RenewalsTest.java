package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenewalsTest {

    @Test
    void renewalsRunOneAtATimeOnABackgroundThreadThatRestsThreeTimesAsLongAsEachTook() throws InterruptedException {
        Renewals renewals = new Renewals();
        List<Long> started = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        Runnable renewal = () -> {
            started.add(System.nanoTime());
            threads.add(Thread.currentThread().getName());
            sleep(40);
            done.countDown();
        };
        try {
            renewals.execute(renewal);
            renewals.execute(renewal);
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            renewals.destroy();
        }

        assertThat(threads).containsOnly("browse-renew");
        assertThat(TimeUnit.NANOSECONDS.toMillis(started.get(1) - started.get(0)))
                .as("40 ms of work, then 120 ms of rest").isGreaterThanOrEqualTo(160);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
