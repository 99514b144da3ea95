package com.skillconnect.identity.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.identity.domain.ServerBusy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    @Test
    void neverRunsMoreThanTheBoundAtOnce() throws Exception {
        BoundedWork work = new BoundedWork(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(threads.submit(() -> work.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return 1;
                })));
            }
            int done = 0;
            for (Future<Integer> call : calls) {
                done += call.get(30, TimeUnit.SECONDS);
            }
            assertThat(done).isEqualTo(40);
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCallerThatCannotStartWithinTheWaitIsToldTheServerIsBusy() throws Exception {
        BoundedWork work = new BoundedWork(1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newSingleThreadExecutor()) {
            Future<Integer> busy = threads.submit(() -> work.run(() -> {
                started.countDown();
                await(release);
                return 1;
            }));
            started.await();

            assertThatExceptionOfType(ServerBusy.class).isThrownBy(() -> work.run(() -> 2))
                    .satisfies(e -> assertThat(e.retryAfter()).isPositive());

            release.countDown();
            assertThat(busy.get()).isEqualTo(1);
        }
        assertThat(work.run(() -> 3)).as("the permit came back").isEqualTo(3);
    }

    @Test
    void aFailingWorkGivesItsPermitBack() {
        BoundedWork work = new BoundedWork(1, Duration.ofMillis(10));

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> work.run(() -> {
            throw new IllegalStateException("boom");
        }));

        assertThat(work.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void atLeastOneAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundedWork(0, Duration.ZERO));
        assertThat(BcryptSecretHasher.defaultConcurrency()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
