package com.skillconnect.app.benchmark;

import static com.skillconnect.app.benchmark.BenchmarkSupport.COMMAND;
import static com.skillconnect.app.benchmark.BenchmarkSupport.captured;
import static com.skillconnect.app.benchmark.BenchmarkSupport.explain;
import static com.skillconnect.app.benchmark.BenchmarkSupport.loadAverage;
import static com.skillconnect.app.benchmark.BenchmarkSupport.log;
import static com.skillconnect.app.benchmark.BenchmarkSupport.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.SqlStatementCounter;
import com.skillconnect.app.test.SqlStatementCounter.Executed;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The conversations benchmark (the Messaging issue's aims): on {@link ConversationsSeeder}'s 1,000,000 messages over
 * 20,000 conversations (on top of {@link TalentSeeder}'s profiles, in the benchmark database; only what is missing is
 * seeded), the real application over real HTTP on loopback:
 * <ol>
 * <li>REST, closed loop with {@code benchmark.clients} connections ({@link WrkRunner}, else {@link LoadRunner}), as the
 * explore benchmark: the conversation list ({@code GET /api/v1/messaging/conversations/}: a plain array of 200) of one
 * of the {@value ConversationsSeeder#BUSY_CLIENTS} busy clients, a history page ({@code GET …/{id}/messages/?page_size=50},
 * the newest) and an older one ({@code &before=<a random message id of the conversation>}) of one of the busy clients'
 * conversations; every request with the token of the user the path belongs to ({@link LoadGenerator#runOwned});
 * reading a page marks the conversation read, part of the cost. Then the SQL statements of one request (list: a busy
 * user's 200 conversations and an ordinary user's few; history: page_size 10 and 50), constant whatever the number,
 * is the aim, and their EXPLAIN. Lists and history pages are remembered (ADR 35, ADR 37) and each counted request was
 * sent once before: a list counts the version only; a history page its opening, and its page when the request sent
 * before marked the conversation read (the mark advanced the version: computed once more).</li>
 * <li>Fan-out: {@link ChatFanOut}, a separate JVM (the test class path, the same {@code java}), opens
 * {@code benchmark.sockets} chat sockets (both parties of half as many conversations, each user in one of them only)
 * and posts {@code benchmark.fanout-rate} messages/s over REST on a fixed schedule for
 * {@code benchmark.fanout-seconds} (after {@code benchmark.fanout-warmup} seconds not counted); each message is timed
 * from just before its POST until the other party's socket has it. A message not there within
 * {@code benchmark.fanout-loss-ms} is lost.</li>
 * </ol>
 * The users are signed in through the API ({@link SeededSignIns}) before anything is measured. Any answer other than
 * 200 (REST) or 201 (posts), a socket that does not open or closes, and a lost message are errors: the test fails and
 * the report is left as it is. {@code docs/benchmarks/conversations-chat.md} (or {@code benchmark.conversations-report})
 * gets its generated part only from an error-free run of every scenario at the full size; a run at reduced sizes
 * ({@code benchmark.conversations.count}, {@code benchmark.conversations.messages}, {@code benchmark.sockets}) writes its
 * markdown, marked a validation run, to {@code app/target/conversations-chat-validation.md} instead. Other knobs as the
 * other benchmarks: {@code benchmark.clients} (16), {@code benchmark.warmup} (40 s), {@code benchmark.scenario-warmup}
 * (5 s), {@code benchmark.seconds} (25 s), {@code benchmark.only} (scenarios whose name contains it: {@code list},
 * {@code history}, {@code fan-out}; their markdown goes to {@code app/target/conversations-chat-partial.md}),
 * {@code benchmark.remembered-histories} (the server's memory for remembered history pages; the application's default
 * when not given), {@code benchmark.reseed-conversations}, {@code benchmark.data-dir}.
 */
@Tag("benchmark")
class ConversationsBenchmark {

    private static final String BEGIN = "<!-- BEGIN GENERATED by ConversationsBenchmark -->";
    private static final String END = "<!-- END GENERATED -->";
    private static final String CONVERSATIONS = "/api/v1/messaging/conversations/";
    private static final String FAN_OUT = "chat fan-out";
    private static final int FULL_SOCKETS = 2000;
    private static final List<Integer> COUNTED_PAGE_SIZES = List.of(10, 50);

    private final int clients = Integer.getInteger("benchmark.clients", 16);
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 40));
    private final Duration scenarioWarmUp = Duration.ofSeconds(Integer.getInteger("benchmark.scenario-warmup", 5));
    private final Duration measure = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 25));
    private final int wrkThreads = Integer.getInteger("benchmark.wrk-threads", 2);
    private final int sockets = Integer.getInteger("benchmark.sockets", FULL_SOCKETS);
    private final int fanOutRate = Integer.getInteger("benchmark.fanout-rate", 50);
    private final int fanOutWarmUp = Integer.getInteger("benchmark.fanout-warmup", 10);
    private final int fanOutSeconds = Integer.getInteger("benchmark.fanout-seconds", 60);
    private final int lossMillis = Integer.getInteger("benchmark.fanout-loss-ms", 5000);
    private final ConversationsSeeder.Size size = ConversationsSeeder.Size.fromSystemProperties();
    private final RandomPaths draw = new RandomPaths(20261202);

    /** A REST scenario: its paths and, at the same index, the token of the path's owner. */
    private record Scenario(String name, String description, List<String> paths, List<String> tokens) {
    }

    /** The statements of one request of a scenario, by what was counted (e.g. "page_size=10"). */
    private record Counted(String what, String path, int status, List<Executed> statements) {

        String text() {
            return status / 100 == 2 ? what + ": " + statements.size() : what + ": HTTP " + status;
        }
    }

    /** A conversation of the fan-out, both parties' user ids. */
    private record Pair(long conversation, long clientUser, long freelancerUser) {
    }

    /** What {@link ChatFanOut} printed as its result. */
    private record FanOut(JsonNode json) {

        long number(String field) {
            return json.get(field).asLong();
        }

        double ms(String field) {
            return json.get(field).asLong() / 1000.0;
        }

        boolean clean() {
            return number("sockets_open") == number("sockets_requested") && number("lost") == 0 && number("post_errors") == 0
                    && number("closed_during_run") == 0;
        }

        String problems() {
            return "sockets failed: %d (%s), posts failed: %d (%s), messages lost: %d, sockets closed during the run: %d".formatted(
                    number("sockets_requested") - number("sockets_open"), json.get("socket_failures").asString(),
                    number("post_errors"), json.get("post_failures").asString(), number("lost"), number("closed_during_run"));
        }

        String summary() {
            return ("%d/%d sockets open (%.1f s), %d messages at %.0f/s: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms,"
                    + " lost %d; POST p50 %.1f ms p99 %.1f ms; %s").formatted(number("sockets_open"), number("sockets_requested"),
                    json.get("open_seconds").asDouble(), number("sent"), json.get("rate").asDouble(), ms("p50"), ms("p90"), ms("p99"),
                    ms("max"), number("lost"), ms("post_p50"), ms("post_p99"), clean() ? "no errors" : problems());
        }
    }

    @Test
    void conversations() throws Exception {
        String only = System.getProperty("benchmark.only", "");
        List<String> names = List.of("conversation list", "history page", "history page ?before=", FAN_OUT);
        assumeFalse(names.stream().noneMatch(n -> n.contains(only)), "-Dbenchmark.only=" + only + " names none of the conversations scenarios");
        boolean fullSize = size.full() && sockets == FULL_SOCKETS;
        Path report = fullSize
                ? Path.of(System.getProperty("benchmark.conversations-report", "../docs/benchmarks/conversations-chat.md")).toAbsolutePath().normalize()
                : Path.of("target", "conversations-chat-validation.md").toAbsolutePath();
        String loadBefore = loadAverage();
        try (ConfigurableApplicationContext app = BenchmarkSupport.start(rememberedHistories())) {
            DataSource dataSource = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
            long seedMillis = seed(dataSource);
            String settings = "Hikari maximum-pool-size %d".formatted(((HikariDataSource) dataSource).getMaximumPoolSize());
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String baseUrl = "http://127.0.0.1:" + port;
            HttpApi api = new HttpApi(port);

            Map<Long, Long> busyConversations = busyConversations(dataSource); // conversation → its busy client
            List<Pair> pairs = fanOutPairs(dataSource, Set.copyOf(busyConversations.values()), (sockets + 1) / 2);
            boolean fanOut = FAN_OUT.contains(only);
            Set<Long> users = new HashSet<>(busyConversations.values());
            users.add(pairs.getFirst().clientUser()); // an ordinary user, for the list's statement count
            if (fanOut) {
                pairs.forEach(p -> {
                    users.add(p.clientUser());
                    users.add(p.freelancerUser());
                });
            }
            long signInStart = System.nanoTime();
            Map<Long, String> tokens = SeededSignIns.users(dataSource, api, users);
            log("signed in %,d seeded users in %.1f s".formatted(tokens.size(), (System.nanoTime() - signInStart) / 1e9));

            List<Scenario> scenarios = scenarios(dataSource, busyConversations, tokens).stream()
                    .filter(s -> s.name().contains(only)).toList();
            boolean allAnswer = preflight(api, scenarios);

            Optional<WrkRunner> wrk = WrkRunner.find(baseUrl, wrkThreads);
            LoadGenerator runner = wrk.<LoadGenerator>map(w -> w).orElseGet(() -> new LoadRunner(baseUrl));
            String loadGenerator = runner.description(clients);
            if (!scenarios.isEmpty()) {
                log("load generator: " + loadGenerator);
                log("JVM warm-up: %d s over every REST scenario with %d clients".formatted(warmUp.toSeconds(), clients));
                LoadRunner.Result warm = runner.runOwned("warm-up", scenarios.stream().flatMap(s -> s.paths().stream()).toList(),
                        scenarios.stream().flatMap(s -> s.tokens().stream()).toList(), clients, Duration.ZERO, warmUp);
                if (warm.errors() > 0) {
                    log("warm-up: %,d of %,d answers were not 200: %s".formatted(warm.errors(), warm.requests(), warm.failureText()));
                }
            }

            List<LoadRunner.Result> results = new ArrayList<>();
            List<RunDiagnostics.Window> windows = new ArrayList<>();
            FanOut fanOutResult = null;
            try (RunDiagnostics diagnostics = new RunDiagnostics((HikariDataSource) dataSource,
                    app.getBeanProvider(MeterRegistry.class).getIfAvailable(), app.getBean(ServerTimings.class),
                    app.getBean(SqlStatementCounter.class))) {
                for (Scenario scenario : scenarios) {
                    BenchmarkSupport.settle(app);
                    diagnostics.start(scenario.name());
                    LoadRunner.Result result = runner.runOwned(scenario.name(), scenario.paths(), scenario.tokens(), clients,
                            scenarioWarmUp, measure);
                    RunDiagnostics.Window window = diagnostics.stop();
                    log("%-40s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%s".formatted(scenario.name(), result.throughput(),
                            result.p50() / 1000.0, result.p99() / 1000.0, result.errors(),
                            result.errors() == 0 ? "" : " (NOT 200: " + result.failureText() + ")"));
                    log("%-40s %s".formatted("", window.summary()));
                    results.add(result);
                    windows.add(window);
                }
                if (fanOut) {
                    diagnostics.start(FAN_OUT);
                    fanOutResult = fanOut(baseUrl, pairs, tokens);
                    RunDiagnostics.Window window = diagnostics.stop();
                    log("%-40s %s".formatted(FAN_OUT, fanOutResult.summary()));
                    log("%-40s %s".formatted("", window.summary()));
                    windows.add(window);
                }
            }
            String loadAfter = loadAverage();
            wrk.ifPresent(WrkRunner::cleanUp);

            SqlStatementCounter counter = app.getBean(SqlStatementCounter.class);
            Map<String, List<Counted>> counts = new LinkedHashMap<>();
            if (!scenarios.isEmpty() || fanOut) {
                counts = counts(api, counter, busyConversations, pairs.getFirst(), tokens);
                counts.forEach((name, counted) -> log("%-40s SQL statements per request: %s".formatted(name,
                        String.join(", ", counted.stream().map(Counted::text).toList()))));
            }

            List<LoadRunner.Result> failed = results.stream().filter(r -> r.errors() > 0).toList();
            boolean errors = !failed.isEmpty() || !allAnswer || (fanOutResult != null && !fanOutResult.clean());
            if (!only.isEmpty() && !errors) {
                Path partial = Path.of("target", "conversations-chat-partial.md").toAbsolutePath();
                Files.writeString(partial, markdown(dataSource, scenarios, results, windows, fanOutResult, counts, loadGenerator,
                        settings, loadBefore, loadAfter, seedMillis, pairs.size(), fullSize));
                log("-Dbenchmark.only=" + only + ": some scenarios only, so " + report + " is left as it was; their markdown: "
                        + partial);
            } else if (errors) {
                log("errors (see above), so " + report + " is left as it was");
            } else {
                String markdown = markdown(dataSource, scenarios, results, windows, fanOutResult, counts, loadGenerator, settings,
                        loadBefore, loadAfter, seedMillis, pairs.size(), fullSize);
                BenchmarkSupport.write(report, "Conversations benchmark", BEGIN, END, markdown);
                log((fullSize ? "wrote " : "a run at reduced sizes: wrote its markdown (marked a validation run) to ") + report);
            }
            assertThat(allAnswer).as("every scenario's first request answers 200").isTrue();
            assertThat(results).allSatisfy(result -> assertThat(result.errors())
                    .as("%s: answers other than 200: %s", result.scenario(), result.failureText()).isZero());
            if (fanOutResult != null) {
                assertThat(fanOutResult.clean()).as(fanOutResult.problems()).isTrue();
            }
        }
    }

    /**
     * Seeds talent's profiles if they are not there, then conversations' rows that are missing (all of them again with
     * {@code -Dbenchmark.reseed=true} or {@code -Dbenchmark.reseed-conversations=true}); the milliseconds it took (-1: reused).
     */
    private long seed(DataSource dataSource) throws Exception {
        long start = System.nanoTime();
        boolean seeded = false;
        boolean afresh = Boolean.getBoolean("benchmark.reseed") || Boolean.getBoolean("benchmark.reseed-conversations");
        if (Boolean.getBoolean("benchmark.reseed") || !TalentSeeder.seeded(dataSource)) {
            log("seeding %,d freelancers and %,d clients into %s …".formatted(TalentSeeder.FREELANCERS, TalentSeeder.CLIENTS,
                    BenchmarkSupport.dataDir()));
            TalentSeeder.seed(dataSource);
            seeded = true;
        }
        List<String> missing = ConversationsSeeder.missing(dataSource, size);
        if (!missing.isEmpty() || afresh) {
            log("seeding conversations: " + (afresh ? "all afresh" : String.join(", ", missing)) + " …");
            seeded = true;
        } else {
            log("reusing the seeded conversations in " + BenchmarkSupport.dataDir());
        }
        ConversationsSeeder.seedMissing(dataSource, size, afresh);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (seeded) {
            log("seeded in %.1f s".formatted(millis / 1000.0));
        }
        return seeded ? millis : -1;
    }

    /** The busy clients' conversations, each with its client's user id. */
    private static Map<Long, Long> busyConversations(DataSource dataSource) throws SQLException {
        Map<Long, Long> conversations = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                select c.id, c.client_user_id from conversations.conversation c
                join talent.client t on t.user_id = c.client_user_id and t.id <= ?
                order by c.id""")) {
            select.setInt(1, ConversationsSeeder.BUSY_CLIENTS);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    conversations.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        assertThat(conversations).as("the busy clients' conversations")
                .hasSize(ConversationsSeeder.BUSY_CLIENTS * ConversationsSeeder.BUSY_CONVERSATIONS);
        return conversations;
    }

    /** {@code count} conversations of ordinary users, no user in two of them (one chat socket per user). */
    private static List<Pair> fanOutPairs(DataSource dataSource, Set<Long> busyUsers, int count) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        Set<Long> taken = new HashSet<>(busyUsers);
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select id, client_user_id, freelancer_user_id from conversations.conversation order by id""")) {
            while (rs.next() && pairs.size() < count) {
                Pair pair = new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                if (!taken.contains(pair.clientUser()) && !taken.contains(pair.freelancerUser())) {
                    taken.add(pair.clientUser());
                    taken.add(pair.freelancerUser());
                    pairs.add(pair);
                }
            }
        }
        assertThat(pairs).as("conversations of users in no other of them, for %d sockets", 2 * count).hasSize(count);
        return pairs;
    }

    private List<Scenario> scenarios(DataSource dataSource, Map<Long, Long> busy, Map<Long, String> tokens) throws SQLException {
        List<Long> busyUsers = busy.values().stream().distinct().toList();
        List<Long> conversations = List.copyOf(busy.keySet());
        Map<Long, long[]> messageIds = messageIds(dataSource, conversations);
        List<Long> withOlder = conversations.stream().filter(c -> messageIds.getOrDefault(c, new long[0]).length >= 2).toList();
        return List.of(
                owned("conversation list", "a busy client's list: a plain array of its %d conversations"
                        .formatted(ConversationsSeeder.BUSY_CONVERSATIONS), () -> {
                    long user = draw.pick(busyUsers);
                    return new String[] {CONVERSATIONS, tokens.get(user)};
                }),
                owned("history page", "the newest 50 messages of a busy client's conversation (marks it read)", () -> {
                    long conversation = draw.pick(conversations);
                    return new String[] {CONVERSATIONS + conversation + "/messages/?page_size=50", tokens.get(busy.get(conversation))};
                }),
                owned("history page ?before=", "50 messages before a random one of the conversation (fewer near its start)", () -> {
                    long conversation = draw.pick(withOlder);
                    long[] ids = messageIds.get(conversation);
                    long before = ids[1 + draw.nextInt(ids.length - 1)];
                    return new String[] {CONVERSATIONS + conversation + "/messages/?page_size=50&before=" + before,
                            tokens.get(busy.get(conversation))};
                }));
    }

    private static Scenario owned(String name, String description, Supplier<String[]> pathAndToken) {
        List<String> paths = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < RandomPaths.PER_SCENARIO; i++) {
            String[] drawn = pathAndToken.get();
            paths.add(drawn[0]);
            tokens.add(drawn[1]);
        }
        return new Scenario(name, description, paths, tokens);
    }

    /** The seeded messages' ids of each conversation, oldest first. */
    private static Map<Long, long[]> messageIds(DataSource dataSource, List<Long> conversations) throws SQLException {
        Map<Long, long[]> ids = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                select conversation_id, array_agg(id order by id) from conversations.message
                where conversation_id = any(?) group by conversation_id""")) {
            Array array = connection.createArrayOf("bigint", conversations.toArray());
            select.setArray(1, array);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Long[] values = (Long[]) rs.getArray(2).getArray();
                    ids.put(rs.getLong(1), java.util.Arrays.stream(values).mapToLong(Long::longValue).toArray());
                }
            }
        }
        return ids;
    }

    /** One request per scenario before the load, its status and the start of its body logged; whether all answered 200. */
    private static boolean preflight(HttpApi api, List<Scenario> scenarios) {
        boolean all = true;
        for (Scenario scenario : scenarios) {
            String path = scenario.paths().getFirst();
            HttpApi.Response response = api.get(path).bearer(scenario.tokens().getFirst()).send();
            String body = response.body() == null ? "" : response.body().strip();
            if (response.status() != 200) {
                all = false;
                log("%-40s first request GET %s answered %d (not 200): %s".formatted(scenario.name(), path, response.status(),
                        body.substring(0, Math.min(200, body.length()))));
            } else if (path.equals(CONVERSATIONS)) {
                int listed = response.json().size();
                log("%-40s first request: a plain array of %d conversations".formatted(scenario.name(), listed));
                all &= listed == ConversationsSeeder.BUSY_CONVERSATIONS;
            } else {
                log("%-40s first request: %d messages".formatted(scenario.name(), response.json().get("results").size()));
            }
        }
        return all;
    }

    /**
     * The statements of one request: the list (a busy client's, an ordinary user's), a history page (newest, at each
     * counted page size; and before a message) and a posted message. Each request is sent once before it is counted:
     * identity's token check (once per user every 10 s) and the first read mark stay out of the count; so a history
     * page counted is one answered from memory (ADR 0037), and one more, of a page size asked for nowhere else and not
     * sent before, shows the statements of a computed page.
     */
    private static Map<String, List<Counted>> counts(HttpApi api, SqlStatementCounter counter, Map<Long, Long> busy, Pair ordinary,
            Map<Long, String> tokens) {
        long conversation = busy.keySet().iterator().next();
        String busyToken = tokens.get(busy.get(conversation));
        String ordinaryToken = tokens.get(ordinary.clientUser());
        Map<String, List<Counted>> counts = new LinkedHashMap<>();
        counts.put("conversation list", List.of(
                counted(api, counter, "GET", "an ordinary user's few", CONVERSATIONS, ordinaryToken),
                counted(api, counter, "GET", "%d conversations".formatted(ConversationsSeeder.BUSY_CONVERSATIONS), CONVERSATIONS, busyToken)));
        List<Counted> history = new ArrayList<>();
        for (int pageSize : COUNTED_PAGE_SIZES) {
            history.add(counted(api, counter, "GET", "page_size=" + pageSize,
                    CONVERSATIONS + conversation + "/messages/?page_size=" + pageSize, busyToken));
        }
        // a page size asked for nowhere else, not sent before: its page is computed (ADR 0037), its statements explained
        history.add(counted(api, counter, "GET", "page_size=49 computed (not remembered)",
                CONVERSATIONS + conversation + "/messages/?page_size=49", busyToken, false));
        counts.put("history page", history);
        JsonNode newest = api.get(CONVERSATIONS + conversation + "/messages/?page_size=10").bearer(busyToken).send().json();
        String before = newest.get("results").isEmpty() ? "1" : String.valueOf(newest.get("results").get(0).get("id").asLong());
        counts.put("history page ?before=", List.of(counted(api, counter, "GET", "page_size=50",
                CONVERSATIONS + conversation + "/messages/?page_size=50&before=" + before, busyToken)));
        counts.put("posted message", List.of(counted(api, counter, "POST", "text",
                CONVERSATIONS + ordinary.conversation() + "/messages/", ordinaryToken)));
        return counts;
    }

    private static Counted counted(HttpApi api, SqlStatementCounter counter, String method, String what, String path, String token) {
        return counted(api, counter, method, what, path, token, true);
    }

    private static Counted counted(HttpApi api, SqlStatementCounter counter, String method, String what, String path, String token,
            boolean sentBefore) {
        Supplier<HttpApi.Response> request = () -> "GET".equals(method) ? api.get(path).bearer(token).send()
                : api.post(path, Map.of("message_type", "text", "content", ConversationsSeeder.POSTED_PREFIX + "counted"))
                        .bearer(token).send();
        if ("GET".equals(method) && sentBefore) {
            request.get();
        } else {
            api.get(CONVERSATIONS).bearer(token).send(); // the token check, outside the count
        }
        int[] status = new int[1];
        List<Executed> statements = captured(counter, () -> {
            status[0] = request.get().status();
            return status[0];
        });
        return new Counted(what, path, status[0], statements);
    }

    /**
     * The server's arguments for {@code -Dbenchmark.remembered-histories} (the memory for remembered history pages, e.g.
     * {@code 64MB}), if given: none otherwise, so the application's default applies.
     */
    private static String[] rememberedHistories() {
        String bound = System.getProperty("benchmark.remembered-histories");
        return bound == null ? new String[0] : new String[] {"--skillconnect.conversations.remembered-histories=" + bound};
    }

    /** Runs {@link ChatFanOut} in a JVM of its own and reads its result line. */
    private FanOut fanOut(String baseUrl, List<Pair> pairs, Map<Long, String> tokens) throws Exception {
        Path file = Files.createTempFile("benchmark-fan-out-", ".txt");
        try {
            List<String> lines = new ArrayList<>();
            for (Pair pair : pairs) {
                lines.add("%d %d %s %d %s".formatted(pair.conversation(), pair.clientUser(), tokens.get(pair.clientUser()),
                        pair.freelancerUser(), tokens.get(pair.freelancerUser())));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path target = Path.of("target").toAbsolutePath();
            List<String> command = List.of(java, "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC",
                    "-Xlog:gc:file=" + target.resolve("fan-out-gc.log") + ":uptime", "-Dfanout.trace=" + target.resolve("fan-out-trace.csv"),
                    "-cp", System.getProperty("java.class.path"),
                    ChatFanOut.class.getName(), baseUrl, file.toString(), String.valueOf(fanOutRate), String.valueOf(fanOutWarmUp),
                    String.valueOf(fanOutSeconds), String.valueOf(lossMillis));
            log("%s: %d sockets over %d conversations, %d messages/s for %d s after %d s of warm-up, in a JVM of its own"
                    .formatted(FAN_OUT, 2 * pairs.size(), pairs.size(), fanOutRate, fanOutSeconds, fanOutWarmUp));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            AtomicReference<String> result = new AtomicReference<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (var output = process.inputReader(StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = output.readLine()) != null) {
                        if (line.startsWith(ChatFanOut.RESULT_PREFIX)) {
                            result.set(line.substring(ChatFanOut.RESULT_PREFIX.length()));
                        } else {
                            log("  " + line);
                        }
                    }
                } catch (java.io.IOException gone) {
                    // the process ended
                }
            });
            long limit = 120L + fanOutWarmUp + fanOutSeconds;
            if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the fan-out process did not end within " + limit + " s");
            }
            reader.join(10_000);
            if (result.get() == null) {
                throw new IllegalStateException("the fan-out process ended with " + process.exitValue() + " and no result line");
            }
            return new FanOut(HttpApi.JSON.readTree(result.get()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---- report -----------------------------------------------------------------------------------

    private String markdown(DataSource dataSource, List<Scenario> scenarios, List<LoadRunner.Result> results,
            List<RunDiagnostics.Window> windows, FanOut fanOut, Map<String, List<Counted>> counts, String loadGenerator,
            String settings, String loadBefore, String loadAfter, long seedMillis, int pairs, boolean fullSize) throws SQLException {
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append("\n## Latest run\n\n");
        if (!fullSize) {
            md.append("**VALIDATION RUN at reduced sizes (%,d conversations, %,d messages, %,d sockets): not a measurement.**\n\n"
                    .formatted(size.conversations(), size.messages(), sockets));
        }
        md.append(BenchmarkSupport.environment(COMMAND + " -Dtest=ConversationsBenchmark -Dsurefire.failIfNoSpecifiedTests=false",
                loadBefore, loadAfter));
        md.append("- database: ").append(query(dataSource, "select split_part(version(), ',', 1)"))
                .append(", embedded, data in `").append(BenchmarkSupport.dataDir().getFileName()).append("`; ")
                .append(query(dataSource, "select count(*) from conversations.conversation")).append(" conversations, ")
                .append(query(dataSource, "select count(*) from conversations.participant")).append(" participants (")
                .append(query(dataSource, "select count(*) from conversations.participant where archived")).append(" archived), ")
                .append(query(dataSource, "select count(*) from conversations.message")).append(" messages (")
                .append(query(dataSource, "select count(*) from conversations.message where content like '"
                        + ConversationsSeeder.POSTED_PREFIX + "%'")).append(" of them posted by benchmark runs), ")
                .append(query(dataSource, "select count(*) from conversations.attachment")).append(" attachments, ")
                .append(query(dataSource, "select count(*) from conversations.reaction")).append(" reactions, ")
                .append(query(dataSource, "select count(*) from conversations.profile_card")).append(" profile cards; the busiest user has ")
                .append(query(dataSource, "select max(n) from (select count(*) n from conversations.participant group by user_id) x"))
                .append(" conversations, the largest conversation ")
                .append(query(dataSource, "select max(n) from (select count(*) n from conversations.message group by conversation_id) x"))
                .append(" messages")
                .append(seedMillis >= 0 ? "; seeded in %.1f s this run".formatted(seedMillis / 1000.0) : "; reused (seeded by an earlier run)")
                .append('\n');
        md.append("- REST load generator: ").append(loadGenerator).append("; each request drawn at random from the scenario's ")
                .append("%,d".formatted(RandomPaths.PER_SCENARIO)).append(" paths, with the token of the user the path belongs to\n");
        md.append("- REST load: JVM warm-up ").append(warmUp.toSeconds()).append(" s over all REST scenarios, then per scenario ")
                .append(scenarioWarmUp.toSeconds()).append(" s warm-up + ").append(measure.toSeconds()).append(" s measured\n");
        md.append("- fan-out: `ChatFanOut` in a JVM of its own (`-Xmx512m -XX:+AlwaysPreTouch -XX:+UseSerialGC`, java.net.http: one selector thread, ")
                .append("2 callback threads for the sockets, 2 for the posts), ").append(2 * pairs).append(" sockets = both parties of ")
                .append(pairs).append(" conversations (no user in two), ").append(fanOutRate).append(" messages/s on a fixed schedule, ")
                .append(fanOutWarmUp).append(" s not counted, then ").append(fanOutSeconds).append(" s measured; lost = not at the other ")
                .append("party's socket within ").append(lossMillis).append(" ms\n");
        md.append("- settings: ").append(settings).append("\n\n");
        if (!results.isEmpty()) {
            md.append("| scenario | what | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | SQL statements per request |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (int i = 0; i < results.size(); i++) {
                LoadRunner.Result r = results.get(i);
                md.append("| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s |\n".formatted(r.scenario(), scenarios.get(i).description(),
                        r.throughput(), r.p50() / 1000.0, r.p90() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.errors(),
                        String.join("; ", counts.getOrDefault(r.scenario(), List.of()).stream().map(Counted::text).toList())));
            }
            md.append('\n');
        }
        if (fanOut != null) {
            md.append("| fan-out | sockets open / asked | opened in s | messages measured | rate /s | p50 ms | p90 ms | p99 ms | max ms | lost")
                    .append(" | POST answered p50 / p99 / max ms | sockets closed during the run | own echoes | schedule lag max ms")
                    .append(" | SQL statements per post |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            md.append("| %s | %d / %d | %.1f | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %.1f / %.1f / %.1f | %d | %d | %.1f | %s |\n"
                    .formatted(FAN_OUT, fanOut.number("sockets_open"), fanOut.number("sockets_requested"),
                            fanOut.json().get("open_seconds").asDouble(), fanOut.number("sent"), fanOut.json().get("rate").asDouble(),
                            fanOut.ms("p50"), fanOut.ms("p90"), fanOut.ms("p99"), fanOut.ms("max"), fanOut.number("lost"),
                            fanOut.ms("post_p50"), fanOut.ms("post_p99"), fanOut.ms("post_max"), fanOut.number("closed_during_run"),
                            fanOut.number("own_echoes"), fanOut.ms("max_schedule_lag"),
                            String.join("; ", counts.getOrDefault("posted message", List.of()).stream().map(Counted::text).toList())));
            md.append('\n');
        }
        md.append("### What else happened during each scenario\n\n");
        md.append("As in `talent-browse.md` (`RunDiagnostics`; the renewal column is talent's browse cache: nothing here; the memory columns count the answers of the remembered lists and history pages, ADR 0035 and 0037).")
                .append(" The fan-out's window holds the generator's socket handshakes and its posts.\n\n");
        md.append(RunDiagnostics.table(windows));
        md.append("\n### EXPLAIN (ANALYZE, BUFFERS) of the statements of one request\n\n");
        md.append("Captured on the server's request thread (SQL and bound parameters), the request sent once before (the token check and")
                .append(" the first read mark outside), then explained over JDBC with the same parameters after the load, in a transaction")
                .append(" rolled back.\n\n");
        for (Map.Entry<String, List<Counted>> entry : counts.entrySet()) {
            Counted counted = entry.getValue().getLast();
            md.append("#### ").append(entry.getKey()).append(" — `").append(entry.getKey().equals("posted message") ? "POST " : "GET ")
                    .append(counted.path()).append("` (").append(counted.what()).append(")\n\n")
                    .append(explain(dataSource, counted.statements()));
        }
        md.append(END).append('\n');
        return md.toString();
    }
}
