package com.skillconnect.identity.adapter.out.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that lower their own CPU priority (Linux's per-thread nice value) before their first task, so that a thread
 * of CPU-bound work (bcrypt) gives the core up at once to a request thread or database backend that wakes up, instead
 * of holding it for the scheduler's slice (ADR 0036). Java has no API for a thread's nice value; Linux's
 * {@code setpriority} takes a thread id, so the thread asks {@code renice} for its own id (from
 * {@code /proc/thread-self}). Lowering a priority needs no privilege. Where that is not possible (not Linux, no
 * {@code renice}) the threads run at normal priority and say so once in the log.
 */
final class LowPriorityThreads implements ThreadFactory {

    private static final Logger log = LoggerFactory.getLogger(LowPriorityThreads.class);

    private final String name;
    private final int nice;
    private final AtomicInteger count = new AtomicInteger();

    /** {@code nice} from 0 (as every other thread) to 19 (the lowest); 0 leaves the threads as they are. */
    LowPriorityThreads(String name, int nice) {
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("a nice value between 0 and 19 lowers the priority: " + nice);
        }
        this.name = name;
        this.nice = nice;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority();
            task.run();
        }, name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private void lowerOwnPriority() {
        if (nice == 0) {
            return;
        }
        try {
            String threadId = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroy();
                log.warn("{} runs at normal priority: renice did not lower it", Thread.currentThread().getName());
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("{} runs at normal priority: {}", Thread.currentThread().getName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
