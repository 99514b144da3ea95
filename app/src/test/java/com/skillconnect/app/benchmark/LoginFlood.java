package com.skillconnect.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A second load beside a measured scenario: {@value #CONNECTIONS} closed-loop connections sending
 * {@code POST /api/v1/auth/token/} for the whole window (the scenario's warm-up and measured seconds), to show whether
 * bcrypt on the 2 cores starves the reads (issue "The house", item 9; ADR 17 bounds the hashing). Of every 100 logins
 * {@value #RIGHT_PERCENT} use the right password of one of {@value #GOOD_ACCOUNTS} seeded ACTIVE accounts that never
 * see a wrong one (so no lock short-circuits their bcrypt), {@value #WRONG_PERCENT} a wrong password on one of
 * {@value #TARGET_ACCOUNTS} other accounts (which lock for this client after a few failures: 429 without a hash),
 * and the rest an unknown e-mail (a hash of a dummy, then 401). The per-client failure limit is raised for the
 * benchmark ({@code skillconnect.identity.login.max-failures-per-client}) so that 127.0.0.1 is not blocked after 20.
 * wrk when it is on the PATH (a separate process, one thread), else Java threads; only 127.0.0.1, bounded in time.
 */
final class LoginFlood {

    static final int CONNECTIONS = 8;
    static final int GOOD_ACCOUNTS = 20;
    static final int TARGET_ACCOUNTS = 4;
    static final int RIGHT_PERCENT = 80;
    static final int WRONG_PERCENT = 10;
    static final String PATH = "/api/v1/auth/token/";
    private static final String PASSWORD = "Benchmark-login-7f3a";
    private static final String WRONG_PASSWORD = "Not-the-password-42";
    private static final Pattern RESULT = Pattern.compile("^LOGIN_RESULT (.*)$", Pattern.MULTILINE);

    /** What the flood did: requests, their statuses, latencies in microseconds. */
    record Result(long requests, double seconds, long ok, long unauthorized, long tooMany, long busy, long other, long socketErrors,
            long p50, long p99, long max) {

        double throughput() {
            return requests / seconds;
        }
    }

    private final String baseUrl;
    private final Optional<WrkRunner> wrk;

    LoginFlood(String baseUrl, Optional<WrkRunner> wrk) {
        if (!baseUrl.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("the login flood only against 127.0.0.1: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        this.wrk = wrk;
    }

    static String goodEmail(int i) {
        return "login-bench-%02d@gmail.com".formatted(i);
    }

    static String targetEmail(int i) {
        return "login-target-%02d@gmail.com".formatted(i);
    }

    /**
     * ACTIVE freelancer accounts with real bcrypt hashes (the application's strength, 10), inserted or reset (no
     * failures, no lock) before every run, so that an earlier run's locks do not carry over.
     */
    static void seedAccounts(DataSource dataSource) throws SQLException {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= GOOD_ACCOUNTS; i++) {
            emails.add(goodEmail(i));
        }
        for (int i = 1; i <= TARGET_ACCOUNTS; i++) {
            emails.add(targetEmail(i));
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement("""
                insert into identity.user_account (id, version, email, created_at, role, password_hash, status, first_login,
                    activated_at, reset_otp_failed_attempts, otp_window_start, otp_sent_in_window, failed_logins, locked_until)
                values (nextval('identity.user_account_id_seq'), 0, ?, now(), 'FREELANCER', ?, 'ACTIVE', false, now(), 0, now(), 0, 0, null)
                on conflict (email) do update set password_hash = excluded.password_hash, status = 'ACTIVE', failed_logins = 0,
                    locked_until = null
                """)) {
            for (String email : emails) {
                upsert.setString(1, email);
                upsert.setString(2, hash);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    String description() {
        return "%d connections (%s) POST %s: %d %% right passwords on %d accounts, %d %% wrong ones on %d others, the rest unknown e-mails"
                .formatted(CONNECTIONS, wrk.isPresent() ? "wrk, 1 thread, a separate process" : "Java threads in the server's JVM", PATH,
                        RIGHT_PERCENT, GOOD_ACCOUNTS, WRONG_PERCENT, TARGET_ACCOUNTS);
    }

    /** Starts the flood for {@code duration}; {@link Running#await} gives its result. */
    Running start(Duration duration) throws Exception {
        return wrk.isPresent() ? startWrk(wrk.get(), duration) : startJava(duration);
    }

    interface Running {
        Result await() throws Exception;
    }

    // ---- wrk ----------------------------------------------------------------------------------------

    private Running startWrk(WrkRunner runner, Duration duration) throws Exception {
        Path script = runner.workDir().resolve("login-flood.lua");
        StringBuilder good = new StringBuilder();
        for (int i = 1; i <= GOOD_ACCOUNTS; i++) {
            good.append(i > 1 ? ", " : "").append('"').append(goodEmail(i)).append('"');
        }
        StringBuilder targets = new StringBuilder();
        for (int i = 1; i <= TARGET_ACCOUNTS; i++) {
            targets.append(i > 1 ? ", " : "").append('"').append(targetEmail(i)).append('"');
        }
        Files.writeString(script, """
                -- generated by LoginFlood: logins beside a measured scenario, counted by status
                local good = { %s }
                local targets = { %s }
                local threads = {}
                function setup(thread) table.insert(threads, thread) end
                function init(args) math.randomseed(20261201) end
                s200 = 0 s401 = 0 s429 = 0 s503 = 0 sother = 0
                function request()
                  local r = math.random(100)
                  local email, password
                  if r <= %d then email = good[math.random(#good)]; password = "%s"
                  elseif r <= %d then email = targets[math.random(#targets)]; password = "%s"
                  else email = "nobody-" .. math.random(100000) .. "@gmail.com"; password = "%s" end
                  return wrk.format("POST", "%s", { ["Content-Type"] = "application/json" },
                    '{"email":"' .. email .. '","password":"' .. password .. '"}')
                end
                function response(status, headers, body)
                  if status == 200 then s200 = s200 + 1 elseif status == 401 then s401 = s401 + 1
                  elseif status == 429 then s429 = s429 + 1 elseif status == 503 then s503 = s503 + 1 else sother = sother + 1 end
                end
                function done(summary, latency, requests)
                  local c = { s200 = 0, s401 = 0, s429 = 0, s503 = 0, sother = 0 }
                  for _, thread in ipairs(threads) do
                    for k, _ in pairs(c) do c[k] = c[k] + (thread:get(k) or 0) end
                  end
                  local e = summary.errors
                  io.write(string.format("LOGIN_RESULT requests=%%d duration_us=%%d s200=%%d s401=%%d s429=%%d s503=%%d sother=%%d socket=%%d p50=%%d p99=%%d max=%%d\\n",
                    summary.requests, summary.duration, c.s200, c.s401, c.s429, c.s503, c.sother,
                    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
                end
                """.formatted(good, targets, RIGHT_PERCENT, PASSWORD, RIGHT_PERCENT + WRONG_PERCENT, WRONG_PASSWORD, WRONG_PASSWORD,
                PATH), StandardCharsets.UTF_8);
        long seconds = Math.max(1, duration.toSeconds());
        Path output = runner.workDir().resolve("login-flood.txt");
        List<String> command = List.of(runner.executable().toString(), "-t1", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "30s", "-s", script.toString(), baseUrl);
        Process process = WrkRunner.process(command, runner.workDir()).redirectOutput(output.toFile()).start();
        return () -> {
            if (!process.waitFor(seconds + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the login flood's wrk did not finish: " + command);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Matcher line = RESULT.matcher(text);
            if (process.exitValue() != 0 || !line.find()) {
                throw new IllegalStateException("the login flood's wrk exited with " + process.exitValue() + ": " + text);
            }
            java.util.Map<String, Long> v = new java.util.HashMap<>();
            for (String pair : line.group(1).strip().split(" ")) {
                String[] kv = pair.split("=", 2);
                v.put(kv[0], Long.parseLong(kv[1]));
            }
            return new Result(v.get("requests"), v.get("duration_us") / 1_000_000.0, v.get("s200"), v.get("s401"), v.get("s429"),
                    v.get("s503"), v.get("sother"), v.get("socket"), v.get("p50"), v.get("p99"), v.get("max"));
        };
    }

    // ---- Java threads (no wrk) ------------------------------------------------------------------------

    private Running startJava(Duration duration) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        LongAdder[] statuses = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int n = 0; n < 1_000_000 && System.nanoTime() < deadline; n++) {
                    int r = 1 + random.nextInt(100);
                    String email = r <= RIGHT_PERCENT ? goodEmail(1 + random.nextInt(GOOD_ACCOUNTS))
                            : r <= RIGHT_PERCENT + WRONG_PERCENT ? targetEmail(1 + random.nextInt(TARGET_ACCOUNTS))
                            : "nobody-" + random.nextInt(100_000) + "@gmail.com";
                    String password = r <= RIGHT_PERCENT ? PASSWORD : WRONG_PASSWORD;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                            .build();
                    long start = System.nanoTime();
                    int slot;
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        slot = switch (status) {
                            case 200 -> 0;
                            case 401 -> 1;
                            case 429 -> 2;
                            case 503 -> 3;
                            default -> 4;
                        };
                    } catch (Exception e) {
                        slot = 5;
                    }
                    statuses[slot].increment();
                    latencies.add((System.nanoTime() - start) / 1000);
                }
                return null;
            }));
        }
        return () -> {
            try {
                for (Future<?> client : clients) {
                    client.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(sorted.length, seconds, statuses[0].sum(), statuses[1].sum(), statuses[2].sum(), statuses[3].sum(),
                    statuses[4].sum(), statuses[5].sum(), at(sorted, 0.50), at(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        };
    }

    private static long at(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
    }
}
