package com.skillconnect.app.benchmark;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long the server itself took per request (from the first filter to the response's end, so GC pauses and
 * waits for a connection inside the request count, the accept queue and the load generator do not), to tell the
 * server's tail from the machine's: registered as a bean in the benchmark's application, as every {@link Filter}
 * bean is. Keeps up to {@value #CAPACITY} durations per window (more are left out and counted). Requests to
 * {@code /api/v1/auth/} (the login flood beside a scenario) are not timed.
 */
public class ServerTimings implements Filter {

    private static final int CAPACITY = 4_000_000;
    private static final String LOGINS = "/api/v1/auth/";

    private final long[] micros = new long[CAPACITY];
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getRequestURI().startsWith(LOGINS)) {
            chain.doFilter(request, response); // the login flood beside a scenario (LoginFlood) is not the scenario
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int at = next.getAndIncrement();
            if (at < CAPACITY) {
                micros[at] = (System.nanoTime() - started) / 1000;
            }
        }
    }

    /** Starts a new window. */
    void reset() {
        next.set(0);
    }

    /** p50, p99 and max of the window so far, in milliseconds (zeros when no request came). */
    double[] percentiles() {
        int count = Math.min(next.get(), CAPACITY);
        if (count == 0) {
            return new double[] {0, 0, 0};
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) (count * 0.50)] / 1000.0, sorted[Math.min(count - 1, (int) (count * 0.99))] / 1000.0,
                sorted[count - 1] / 1000.0};
    }
}
