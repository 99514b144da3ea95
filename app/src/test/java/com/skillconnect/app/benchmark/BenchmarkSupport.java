package com.skillconnect.app.benchmark;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.SqlStatementCounter;
import com.skillconnect.app.test.SqlStatementCounter.Executed;
import com.skillconnect.kernel.spring.Renewals;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the benchmarks ({@link TalentBrowseBenchmark}, {@link MarketplaceExploreBenchmark}, {@link ConversationsBenchmark})
 * share: the application started on the benchmark database (data directory {@code app/target/benchmark-postgres}, kept
 * between runs; {@link #dataDir}), the
 * SQL of one request captured and EXPLAINed, the machine's description at the top of a report, and a report's
 * generated part written between its markers (the rest of the file is kept).
 */
final class BenchmarkSupport {

    static final String COMMAND = "JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -o -B -pl app -am verify -Pbenchmark";

    private BenchmarkSupport() {
    }

    /**
     * The benchmark database's data directory: seeded once, reused by every later run (and by every benchmark);
     * {@code -Dbenchmark.data-dir=target/benchmark-postgres-small} (relative to {@code app/}) keeps a reduced seed of a
     * validation run apart from the full one.
     */
    static Path dataDir() {
        return Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-postgres")).toAbsolutePath().normalize();
    }

    /** The whole application on a free port, with {@link SqlStatementCounter} and {@link ServerTimings}, logging warnings only. */
    static ConfigurableApplicationContext start(String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--skillconnect.db.embedded.data-dir=" + dataDir(),
                "--skillconnect.security.jwt.secret=benchmark-only-secret-0123456789abcdef0123456789abcdef",
                "--skillconnect.storage.root=" + Path.of("target", "benchmark-media").toAbsolutePath(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.com.skillconnect.app.benchmark=INFO",
                // the seeders copy the cards into marketplace themselves: no 120,000 announcements during a measurement (ADR 0024)
                "--skillconnect.talent.card-announcement.enabled=false"));
        arguments.addAll(List.of(moreArguments));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SkillConnectApplication.class, SqlStatementCounter.class,
                ServerTimings.class).run(arguments.toArray(String[]::new));
        logSlowServerStatements(app.getBean(DataSource.class));
        warmDatabase(app.getBean(DataSource.class));
        return app;
    }

    /**
     * A database server as production runs one: its working set in memory. The benchmark database (~2 GB) gets shared
     * buffers of 2 GB (PostgreSQL's default is 128 MB; the setting takes effect from the server's next start) and every
     * table and index of the modules is read once before anything is measured ({@code pg_prewarm}), into shared buffers
     * where they fit and the machine's file cache otherwise. Without it the first scenarios of a run read from this
     * machine's disk (seen: a background count of 14.7 s, IO waits in 74 % of the backend samples) and measure the
     * disk, not the code; the JVM gets its warm-up for the same reason.
     */
    private static void warmDatabase(DataSource dataSource) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("alter system set shared_buffers = '2GB'");
            statement.execute("create extension if not exists pg_prewarm");
            try (var blocks = statement.executeQuery("""
                    select coalesce(sum(pg_prewarm(c.oid, case when current_setting('shared_buffers') = '128MB' then 'read' else 'buffer' end)), 0)
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname in ('identity', 'talent', 'marketplace', 'conversations', 'billing') and c.relkind in ('r', 'i', 'm', 't')""")) {
                blocks.next();
                log("database warmed: %,d blocks read in %.1f s (shared_buffers %s)".formatted(blocks.getLong(1),
                        (System.nanoTime() - start) / 1e9, sharedBuffers(statement)));
            }
        } catch (SQLException e) {
            log("could not warm the database: " + e.getMessage());
        }
    }

    private static String sharedBuffers(java.sql.Statement statement) throws SQLException {
        try (var setting = statement.executeQuery("show shared_buffers")) {
            setting.next();
            return setting.getString(1);
        }
    }

    /**
     * Has the benchmark's PostgreSQL log, into {@code log/} of its data directory, every statement that took it 100 ms
     * or more, its checkpoints and its autovacuum runs: a statement the JVM saw take a second either shows there (the
     * time was spent inside the server) or not (it was spent before the server got it, or after it answered). The
     * settings stay in the data directory's {@code postgresql.auto.conf}; the log collector starts with the server's
     * next start, so the first run after a fresh seed logs nowhere.
     */
    private static void logSlowServerStatements(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("alter system set logging_collector = on");
            statement.execute("alter system set log_directory = 'log'");
            statement.execute("alter system set log_min_duration_statement = 100");
            statement.execute("alter system set log_checkpoints = on");
            statement.execute("alter system set log_autovacuum_min_duration = 0");
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            log("could not turn on PostgreSQL's slow statement log: " + e.getMessage());
        }
    }

    /**
     * Waits (up to two minutes) until no background renewal of remembered results runs or waits ({@link Renewals}), so
     * that a scenario is measured with its own renewals, not with the backlog its predecessor or the JVM warm-up left
     * (seen: a renewed count starved for 7.9 s into the next scenario, holding a connection).
     */
    static void settle(ConfigurableApplicationContext app) {
        Renewals renewals = app.getBean(Renewals.class);
        long start = System.nanoTime();
        while (!renewals.idle() && System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waited >= 1000) {
            log("waited %.1f s for the background renewals to finish%s".formatted(waited / 1000.0, renewals.idle() ? "" : " (still busy)"));
        }
    }

    /** The statements {@code request} ran on the server's request threads, with their bound parameters. */
    static List<Executed> captured(SqlStatementCounter counter, Supplier<Integer> request) {
        SqlStatementCounter.Recording recording = counter.record();
        try {
            request.get();
        } finally {
            recording.stop();
        }
        return recording.onServerThreads();
    }

    /**
     * Markdown: each statement, its parameters and its {@code EXPLAIN (ANALYZE, BUFFERS)} with the same parameters, in
     * a transaction that is rolled back (ANALYZE runs an INSERT or UPDATE for real).
     */
    static String explain(DataSource dataSource, List<Executed> statements) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                explain(connection, statements, out);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        return out.toString();
    }

    private static void explain(Connection connection, List<Executed> statements, StringBuilder out) throws SQLException {
        for (Executed statement : statements) {
            out.append("```sql\n").append(statement.sql().strip()).append("\n```\n");
            out.append("parameters: `").append(statement.parameters()).append("`\n\n```\n");
            try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    explain.setObject(i + 1, statement.parameters().get(i));
                }
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\n');
                    }
                }
            }
            out.append("```\n\n");
        }
    }

    /** The report's first lines: date, command, machine, JDK (markdown list items). */
    static String environment(String command, String loadBefore, String loadAfter) {
        return "- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + '\n'
                + "- command: `" + command + "`\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + cpuModel()
                + ", load average (1/5/15 min) before " + loadBefore + ", after " + loadAfter + ", " + autogroups() + ", " + memoryMonitor() + '\n'
                + "- JDK: " + System.getProperty("java.vm.vendor") + ' ' + System.getProperty("java.vm.name") + ' '
                + System.getProperty("java.runtime.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Enable")).toList())
                + ", collectors: " + String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList()) + '\n';
    }

    /**
     * Replaces the part of {@code report} between {@code begin} and {@code end} with {@code generated} (which holds
     * both markers), or appends it; a missing file starts with {@code title}.
     */
    static void write(Path report, String title, String begin, String end, String generated) throws IOException {
        Files.createDirectories(report.getParent());
        String existing = Files.exists(report) ? Files.readString(report) : "# " + title + "\n\n";
        int from = existing.indexOf(begin);
        int to = existing.indexOf(end);
        String updated = from >= 0 && to > from
                ? existing.substring(0, from) + generated + existing.substring(to + end.length() + 1)
                : existing + (existing.endsWith("\n") ? "" : "\n") + "\n" + generated;
        Files.writeString(report, updated);
    }

    /** The first column of the first row of {@code sql}. */
    static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Whether Linux's autogroup scheduling is on: then the embedded PostgreSQL (a session of its own) and the JVM with
     * the load generator it starts share the CPU as two groups, about a core each on 2 cores when both are busy.
     */
    static String autogroups() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/sched_autogroup_enabled")).strip().equals("1")
                    ? "autogroup scheduling on (PostgreSQL and the JVM with its load generator: two groups)"
                    : "autogroup scheduling off";
        } catch (IOException | RuntimeException e) {
            return "autogroup scheduling unknown";
        }
    }

    /**
     * Whether a DAMON monitor runs (the kernel's data-access monitor, {@code kdamond}; this machine's image runs one that
     * pages out file pages not touched for a minute): its access sampling every half second stalled the server for
     * 30-65 ms each time on the paravirtualised build machine (ADR 0038), so runs with it on are marked.
     */
    static String memoryMonitor() {
        Path kdamonds = Path.of("/sys/kernel/mm/damon/admin/kdamonds");
        try (var monitors = Files.list(kdamonds)) {
            long running = monitors.filter(dir -> dir.getFileName().toString().matches("[0-9]+"))
                    .filter(dir -> readOrEmpty(dir.resolve("state")).equals("on")).count();
            return running == 0 ? "DAMON off" : "DAMON on (" + running + " kdamond)";
        } catch (IOException | RuntimeException e) {
            return "DAMON unknown";
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** A query parameter's value, encoded (spaces as {@code %20}). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void log(String message) {
        System.out.println("[benchmark] " + message);
        System.out.flush();
    }
}
