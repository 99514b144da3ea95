package com.skillconnect.talent.adapter.out.query;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The executor that renews stale remembered browse counts and pages ({@link RememberedResults}, ADR 0007): one
 * background thread, {@code browse-renew}, that after each renewal rests {@value #REST_FACTOR} times as long as it
 * took (at most a second), so renewing takes at most a quarter of one core from the requests, even when many
 * entries go stale at once. Caffeine renews a key once at a time, so the queue holds at most one task per
 * remembered entry (bounded by {@link RememberedResults#MAX_ENTRIES} per memory).
 */
@Component
class Renewals implements Executor, DisposableBean {

    private static final int REST_FACTOR = 3;
    private static final long LONGEST_REST_NANOS = Duration.ofSeconds(1).toNanos();

    private final Executor executor;

    Renewals() {
        this(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "browse-renew");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }));
    }

    /** Renewals run by {@code executor} (a queue a test drains), paced the same way. */
    Renewals(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void execute(Runnable renewal) {
        executor.execute(() -> {
            long started = System.nanoTime();
            try {
                renewal.run();
            } finally {
                rest(System.nanoTime() - started);
            }
        });
    }

    private void rest(long busyNanos) {
        if (!(executor instanceof ExecutorService)) {
            return; // a test's queue: nothing to pace
        }
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(busyNanos * REST_FACTOR, LONGEST_REST_NANOS));
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
