package com.skillconnect.talent.adapter.out.persistence;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Renews stale remembered browse counts and pages (docs/adr/0007-browse-count.md) on one background thread,
 * so that no request waits for a popular large result to be computed again. After each task it rests
 * {@value #REST_FACTOR} times as long as the task took (at most a second): renewing takes at most a quarter
 * of one core from the requests, even when many entries go stale at once. At most {@value #QUEUE} tasks wait;
 * one refused is asked for again by a later request.
 */
@Component
class BrowseRefresher implements DisposableBean {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final Duration FRESH_AT_LEAST = Duration.ofSeconds(20);
    /** Older than this, a remembered count or page is not answered any more: the request computes it. */
    static final Duration STALE_AT_MOST = Duration.ofMinutes(5);
    private static final int REST_FACTOR = 3;
    private static final int QUEUE = 100;
    private static final Logger log = LoggerFactory.getLogger(BrowseRefresher.class);

    private final Executor executor;

    BrowseRefresher() {
        this(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "browse-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    BrowseRefresher(Executor executor) {
        this.executor = executor;
    }

    /**
     * How long a remembered count or page stays fresh: a time drawn between {@link #FRESH_AT_LEAST} and
     * {@link #FRESH_FOR}, so that entries computed together (after a restart, say) do not go stale together.
     */
    static Duration freshness() {
        long spread = FRESH_FOR.toMillis() - FRESH_AT_LEAST.toMillis();
        return FRESH_AT_LEAST.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
    }

    /** Runs {@code task} in the background; answers false when too many tasks wait already. */
    boolean offer(Runnable task) {
        try {
            executor.execute(() -> {
                long started = System.nanoTime();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.debug("Renewing a browse result failed", e);
                } finally {
                    rest(System.nanoTime() - started);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private static void rest(long busyNanos) {
        try {
            Thread.sleep(Duration.ofNanos(Math.min(busyNanos * REST_FACTOR, 1_000_000_000L)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
