package com.skillconnect.kernel.spring;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The executor that renews stale remembered counts and pages of every module ({@link RememberedResults}, ADR 0007:
 * talent's browse, marketplace's explore): one
 * background thread, {@code browse-renew}, that after each renewal rests {@value #REST_FACTOR} times as long as it
 * took (at most a second), so renewing takes at most a quarter of one core from the requests, even when many
 * entries go stale at once. At most {@value #QUEUE} renewals wait (so that a burst of stale entries does not keep
 * the thread busy for minutes after the requests that asked moved on); one refused
 * ({@link java.util.concurrent.RejectedExecutionException}) is asked for again by a later request.
 */
@Component
public class Renewals implements Executor, DisposableBean {

    public static final int QUEUE = 100;
    private static final int REST_FACTOR = 3;
    private static final long LONGEST_REST_NANOS = Duration.ofSeconds(1).toNanos();

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            task -> {
                Thread thread = new Thread(task, "browse-renew");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

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

    private static void rest(long busyNanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(busyNanos * REST_FACTOR, LONGEST_REST_NANOS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** No renewal runs or waits (a benchmark starts measuring a scenario only then, not in the last one's wake). */
    public boolean idle() {
        return executor.getQueue().isEmpty() && executor.getActiveCount() == 0;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
