package com.skillconnect.app.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load from <a href="https://github.com/wg/wrk">wrk</a> ({@code apt-get install wrk}), a separate C process
 * with an event loop per thread: far less client CPU per request than {@link LoadRunner}'s Java threads, which
 * on a 2-core machine take the cores the server and PostgreSQL need. Each request's path is drawn at random
 * from the scenario's list (a Lua {@code request} function over a file of the paths), with a bearer token drawn from a
 * file of tokens when the scenario has some (or, for {@link #runOwned}, the token on the path's own line number: the
 * owner's). wrk counts the answers of status 400 or more itself (no Lua {@code response} function: it would make wrk
 * keep every body and copy it into Lua, ADR 0038), and {@code done} prints exact figures (microseconds) in one
 * line, which is what {@link #run} reads; the human-readable output ({@code --latency}) is the fallback and is
 * kept in the temporary directory. Only {@code 127.0.0.1}; each wrk process is bounded by a timeout.
 */
final class WrkRunner implements LoadGenerator {

    private static final Duration PROCESS_SLACK = Duration.ofSeconds(60);
    private static final Pattern RESULT = Pattern.compile("^WRK_RESULT (.*)$", Pattern.MULTILINE);

    private final Path wrk;
    private final String version;
    private final int threads;
    private final String baseUrl;
    private final Path workDir;
    private int runs;

    private WrkRunner(Path wrk, String version, int threads, String baseUrl, Path workDir) {
        this.wrk = wrk;
        this.version = version;
        this.threads = threads;
        this.baseUrl = baseUrl;
        this.workDir = workDir;
    }

    /** wrk from the PATH, unless {@code -Dbenchmark.wrk=false}; empty when it is not there (or does not start). */
    static Optional<WrkRunner> find(String baseUrl, int threads) throws IOException {
        if (!Boolean.parseBoolean(System.getProperty("benchmark.wrk", "true"))) {
            return Optional.empty();
        }
        if (!baseUrl.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("wrk only against 127.0.0.1: " + baseUrl);
        }
        Optional<Path> executable = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "wrk"))
                .filter(Files::isExecutable)
                .findFirst();
        if (executable.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> version = version(executable.get());
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Path workDir = Files.createTempDirectory("benchmark-wrk-");
        return Optional.of(new WrkRunner(executable.get(), version.get(), threads, baseUrl, workDir));
    }

    /** {@code wrk --version} prints "wrk 4.1.0 [epoll] Copyright ..." (and exits with 1). */
    private static Optional<String> version(Path wrk) {
        try {
            Process process = new ProcessBuilder(wrk.toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            int copyright = first.indexOf(" Copyright");
            String version = (copyright > 0 ? first.substring(0, copyright) : first).strip();
            return version.startsWith("wrk") ? Optional.of(version) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Path executable() {
        return wrk;
    }

    /** The temporary directory of the scripts and outputs (removed by {@link #cleanUp}). */
    Path workDir() {
        return workDir;
    }

    @Override
    public String description(int clients) {
        return "%s (`%s`), %d threads, %d connections (HTTP/1.1 keep-alive, closed loop), a separate process on the same machine"
                .formatted(version, wrk, threads(clients), clients);
    }

    private int threads(int clients) {
        return Math.max(1, Math.min(threads, clients));
    }

    @Override
    public LoadRunner.Result run(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp, Duration measure)
            throws Exception {
        return run(scenario, script(paths, tokens, false), clients, warmUp, measure);
    }

    @Override
    public LoadRunner.Result runOwned(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp,
            Duration measure) throws Exception {
        if (paths.size() != tokens.size()) {
            throw new IllegalArgumentException("a token per path: %d paths, %d tokens".formatted(paths.size(), tokens.size()));
        }
        return run(scenario, script(paths, tokens, true), clients, warmUp, measure);
    }

    private LoadRunner.Result run(String scenario, Path script, int clients, Duration warmUp, Duration measure) throws Exception {
        if (!warmUp.isZero()) {
            drive(scenario + " (warm-up)", script, clients, warmUp);
        }
        return drive(scenario, script, clients, measure);
    }

    private Path script(List<String> paths, List<String> tokens, boolean owned) throws IOException {
        int n = ++runs;
        Path pathFile = workDir.resolve("paths-%02d.txt".formatted(n));
        Files.write(pathFile, paths, StandardCharsets.UTF_8);
        Path tokenFile = workDir.resolve("tokens-%02d.txt".formatted(n));
        Files.write(tokenFile, tokens, StandardCharsets.UTF_8);
        Path script = workDir.resolve("scenario-%02d.lua".formatted(n));
        Files.writeString(script, """
                -- generated by WrkRunner: a random path (and bearer token, if any) of the scenario per request.
                -- No response() callback: with one, wrk keeps every answer's body and hands it to Lua as a string
                -- (a 154 KB list: a fresh mapping per answer, unmapped again), which cost the generator a third of
                -- the machine (ADR 0038). wrk itself counts answers of status 400 or more (errors.status).
                local paths = {}
                for line in io.lines(%s) do
                  if #line > 0 then paths[#paths + 1] = line end
                end
                local tokens = {}
                for line in io.lines(%s) do
                  if #line > 0 then tokens[#tokens + 1] = line end
                end
                local owned = %s
                local next_id = 0
                function setup(thread)
                  next_id = next_id + 1
                  thread:set("id", next_id)
                end
                function init(args)
                  math.randomseed(20261125 + 7919 * (id or 0))
                end
                function request()
                  local i = math.random(#paths)
                  if #tokens == 0 then return wrk.format("GET", paths[i]) end
                  return wrk.format("GET", paths[i],
                    { ["Authorization"] = "Bearer " .. tokens[owned and i or math.random(#tokens)] })
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("WRK_RESULT requests=%%d duration_us=%%d p50=%%d p90=%%d p99=%%d max=%%d connect=%%d read=%%d write=%%d status=%%d timeout=%%d\\n",
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
                    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
                end
                """.formatted(luaString(pathFile.toString()), luaString(tokenFile.toString()), owned), StandardCharsets.UTF_8);
        return script;
    }

    /** wrk as a process in {@code workDir}, its error output with its output. */
    static ProcessBuilder process(List<String> command, Path workDir) {
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    }

    private static String luaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private LoadRunner.Result drive(String scenario, Path script, int clients, Duration duration) throws Exception {
        long seconds = Math.max(1, duration.toSeconds());
        List<String> command = List.of(wrk.toString(), "-t" + threads(clients), "-c" + clients, "-d" + seconds + "s",
                "--timeout", "30s", "--latency", "-s", script.toString(), baseUrl);
        Path output = workDir.resolve(script.getFileName().toString().replace(".lua", "") + "-"
                + (scenario.endsWith("(warm-up)") ? "warm-up" : "measured") + ".txt");
        Process process = process(command, workDir).redirectOutput(output.toFile()).start();
        if (!process.waitFor(seconds + PROCESS_SLACK.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("wrk did not finish within " + (seconds + PROCESS_SLACK.toSeconds()) + " s: " + command);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("wrk exited with " + process.exitValue() + ": " + command + "\n" + text);
        }
        return parse(scenario, clients, seconds, text);
    }

    /** The {@code done} line if it is there, else wrk's own text ({@code --latency} distribution, errors). */
    static LoadRunner.Result parse(String scenario, int clients, long seconds, String text) {
        Matcher line = RESULT.matcher(text);
        if (line.find()) {
            java.util.Map<String, Long> values = new java.util.HashMap<>();
            for (String pair : line.group(1).strip().split(" ")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], Long.parseLong(kv[1]));
            }
            long socketErrors = values.get("connect") + values.get("read") + values.get("write") + values.get("timeout");
            double measured = values.get("duration_us") / 1_000_000.0;
            long failed = values.get("status");
            java.util.Map<String, Long> failures = java.util.Map.of("answers of status 400 or more", failed,
                    "socket errors", socketErrors);
            return new LoadRunner.Result(scenario, clients, values.get("requests"), failed + socketErrors,
                    measured > 0 ? measured : seconds, values.get("p50"), values.get("p90"), values.get("p99"), values.get("max"), failures);
        }
        long requests = longOf(text, "(\\d+) requests in ([\\d.]+\\w+)", 1);
        long nonOk = longOf(text, "Non-2xx or 3xx responses: (\\d+)", 1);
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(text);
        long socketErrors = 0;
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
        }
        Matcher max = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+(\\S+)").matcher(text);
        return new LoadRunner.Result(scenario, clients, requests, nonOk + socketErrors, seconds,
                percentile(text, 50), percentile(text, 90), percentile(text, 99), max.find() ? micros(max.group(1)) : 0,
                java.util.Map.of("non-2xx or 3xx", nonOk, "socket errors", socketErrors));
    }

    private static long longOf(String text, String regex, int group) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(group)) : 0;
    }

    private static long percentile(String text, int percent) {
        Matcher matcher = Pattern.compile("^\\s+" + percent + "%\\s+(\\S+)", Pattern.MULTILINE).matcher(text);
        return matcher.find() ? micros(matcher.group(1)) : 0;
    }

    /** wrk's units: "812.00us", "1.23ms", "2.01s", "1.00m". */
    static long micros(String value) {
        Matcher matcher = Pattern.compile("([\\d.]+)(us|ms|s|m|h)").matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return 0;
        }
        double number = Double.parseDouble(matcher.group(1));
        return Math.round(number * switch (matcher.group(2)) {
            case "us" -> 1;
            case "ms" -> 1_000;
            case "s" -> 1_000_000;
            case "m" -> 60_000_000;
            default -> 3_600_000_000L;
        });
    }

    /** Removes the temporary scripts and outputs. */
    void cleanUp() {
        try (Stream<Path> files = Files.walk(workDir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary directory; nothing to do
        }
    }
}
