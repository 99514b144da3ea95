package com.skillconnect.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A closed-loop HTTP load generator on loopback: {@code clients} threads each send one request after
 * another (paths drawn at random from the scenario) for a fixed time, after a warm-up whose results
 * are thrown away (with a bearer token drawn at random per request when the scenario has tokens). Bounded in time
 * and count, it stops by itself.
 */
final class LoadRunner implements LoadGenerator {

    private static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    private final String baseUrl;
    private final HttpClient http;

    LoadRunner(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * What one scenario measured. Latencies in microseconds. {@code errors} counts every answer other than 200 and
     * every socket error; {@code failures} says which they were (status code, or "socket errors"), most frequent first.
     */
    record Result(String scenario, int clients, long requests, long errors, double seconds, long p50, long p90, long p99, long max,
            Map<String, Long> failures) {

        Result {
            failures = failures.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }

        double throughput() {
            return requests / seconds;
        }

        /** "none", or e.g. "404 × 12,345, socket errors × 2": what the errors were, for the log and the report. */
        String failureText() {
            return failures.isEmpty() ? "none" : failures.entrySet().stream()
                    .map(e -> "%s × %,d".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        }
    }

    @Override
    public Result run(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp, Duration measure)
            throws Exception {
        return run(scenario, paths, tokens, false, clients, warmUp, measure);
    }

    @Override
    public Result runOwned(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp, Duration measure)
            throws Exception {
        if (paths.size() != tokens.size()) {
            throw new IllegalArgumentException("a token per path: %d paths, %d tokens".formatted(paths.size(), tokens.size()));
        }
        return run(scenario, paths, tokens, true, clients, warmUp, measure);
    }

    private Result run(String scenario, List<String> paths, List<String> tokens, boolean owned, int clients, Duration warmUp,
            Duration measure) throws Exception {
        if (!warmUp.isZero()) {
            drive(paths, tokens, owned, clients, warmUp);
        }
        return summarise(scenario, clients, drive(paths, tokens, owned, clients, measure), measure);
    }

    @Override
    public String description(int clients) {
        return clients + " closed-loop clients (java.net.http, HTTP/1.1 keep-alive) in the same JVM as the server";
    }

    private record ClientRun(long[] latencies, int count, long errors, Map<String, Long> failures) {
    }

    private List<ClientRun> drive(List<String> paths, List<String> tokens, boolean owned, int clients, Duration duration)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<ClientRun>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> oneClient(paths, tokens, owned, deadline)));
            }
            List<ClientRun> runs = new ArrayList<>();
            for (Future<ClientRun> future : futures) {
                runs.add(future.get());
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    private ClientRun oneClient(List<String> paths, List<String> tokens, boolean owned, long deadline) {
        long[] latencies = new long[4096];
        int count = 0;
        AtomicLong errors = new AtomicLong();
        Map<String, Long> failures = new HashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline && count < MAX_REQUESTS_PER_CLIENT) {
            int drawn = random.nextInt(paths.size());
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + paths.get(drawn)))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (!tokens.isEmpty()) {
                builder.header("Authorization", "Bearer " + tokens.get(owned ? drawn : random.nextInt(tokens.size())));
            }
            HttpRequest request = builder.build();
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    failures.merge(String.valueOf(response.statusCode()), 1L, Long::sum);
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                failures.merge("socket errors", 1L, Long::sum);
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = (System.nanoTime() - start) / 1_000;
        }
        return new ClientRun(latencies, count, errors.get(), failures);
    }

    private static Result summarise(String scenario, int clients, List<ClientRun> runs, Duration measured) {
        long total = runs.stream().mapToLong(ClientRun::count).sum();
        long[] all = new long[(int) total];
        int offset = 0;
        for (ClientRun run : runs) {
            System.arraycopy(run.latencies(), 0, all, offset, run.count());
            offset += run.count();
        }
        Arrays.sort(all);
        long errors = runs.stream().mapToLong(ClientRun::errors).sum();
        Map<String, Long> failures = new HashMap<>();
        runs.forEach(run -> run.failures().forEach((what, n) -> failures.merge(what, n, Long::sum)));
        return new Result(scenario, clients, total, errors, measured.toMillis() / 1000.0,
                percentile(all, 50), percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1], failures);
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
