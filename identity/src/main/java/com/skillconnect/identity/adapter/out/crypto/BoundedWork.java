package com.skillconnect.identity.adapter.out.crypto;

import com.skillconnect.identity.domain.ServerBusy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code maxConcurrent} pieces of CPU-bound work at once; a caller waits at most
 * {@code maxWait} for its turn, then gets {@link ServerBusy}. Hashing on every core at once would
 * starve every other request of CPU. The work runs on {@code maxConcurrent} threads of its own (made by the
 * given factory, e.g. {@link LowPriorityThreads}) while the caller waits for its result.
 */
final class BoundedWork {

    private final Semaphore permits;
    private final Duration maxWait;
    private final ExecutorService workers;

    BoundedWork(int maxConcurrent, Duration maxWait, ThreadFactory threads) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one piece of work must be allowed at once: " + maxConcurrent);
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
        this.workers = Executors.newFixedThreadPool(maxConcurrent, threads);
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
            return CompletableFuture.supplyAsync(work, workers).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            permits.release();
        }
    }
}
