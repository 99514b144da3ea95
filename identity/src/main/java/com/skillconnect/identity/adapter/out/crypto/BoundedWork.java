package com.skillconnect.identity.adapter.out.crypto;

import com.skillconnect.identity.domain.ServerBusy;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code maxConcurrent} pieces of CPU-bound work at once; a caller waits at most
 * {@code maxWait} for its turn, then gets {@link ServerBusy}. Hashing on every core at once would
 * starve every other request of CPU.
 */
final class BoundedWork {

    private final Semaphore permits;
    private final Duration maxWait;

    BoundedWork(int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one piece of work must be allowed at once: " + maxConcurrent);
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusy(Duration.ofSeconds(1));
        }
        if (!acquired) {
            throw new ServerBusy(Duration.ofSeconds(1));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
