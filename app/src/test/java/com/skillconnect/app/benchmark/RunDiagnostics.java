package com.skillconnect.app.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.skillconnect.app.test.SqlStatementCounter;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What else happened while a scenario was measured, to tell a slow tail's cause apart (docs/benchmarks/talent-browse.md,
 * step 9): the server's own time per request ({@link ServerTimings}), JVM pauses (every stop-the-world GC pause, from the collectors' notifications), the connection pool (the
 * most threads waiting for a connection, sampled every millisecond, and the mean time to get one), the CPU the
 * background renewal thread ({@code browse-renew}) took, the remembered answers' hits and misses (talent's browse results,
 * conversations' lists and history pages), and what
 * PostgreSQL read from outside its shared buffers and its checkpoints, and the machine's TCP retransmissions
 * ({@link TcpCounters}).
 */
final class RunDiagnostics implements AutoCloseable {

    /** One scenario's window. */
    record Window(String scenario, double serverP50Ms, double serverP99Ms, double serverMaxMs, int gcPauses, double gcPauseTotalMs, double gcPauseMaxMs, int poolMaxWaiting,
            int poolMaxActive, double acquireMeanMs, double acquireMaxMs, double heldMaxMs, double statementMaxMs,
            int statementsOver100Ms, String backendStates, double renewalCpuMs, long memoryHits, long memoryMisses,
            long blocksRead, long blocksHit, long checkpoints, TcpCounters tcp) {

        /** The window in one log line. */
        String summary() {
            return ("server p99 %.1f ms max %.1f ms, GC pauses %d (max %.1f ms), pool waiting max %d (mean %.2f ms, max %.1f ms"
                    + " to get a connection; held at most %.1f ms), slowest statement %.1f ms (%d of 100 ms or more), backends: %s;"
                    + " renewal CPU %.0f ms, blocks read %d, TCP retransmissions %d (loss probes %d, timeouts %d)").formatted(
                    serverP99Ms, serverMaxMs, gcPauses, gcPauseMaxMs, poolMaxWaiting, acquireMeanMs, acquireMaxMs, heldMaxMs,
                    statementMaxMs, statementsOver100Ms, backendStates, renewalCpuMs, blocksRead, tcp.retransmittedSegments(),
                    tcp.lossProbes(), tcp.timeouts());
        }
    }

    private final HikariPoolMXBean pool;
    private final ServerTimings server;
    private final SqlStatementCounter statements;
    private final MeterRegistry meters;
    private final HikariDataSource dataSource;
    private final List<Runnable> unregister = new ArrayList<>();
    private final AtomicInteger pauses = new AtomicInteger();
    private final LongAdder pauseMicros = new LongAdder();
    private final AtomicLong pauseMaxMicros = new AtomicLong();
    private final AtomicInteger maxWaiting = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final Thread sampler;
    private final Thread waitSampler;
    private final java.util.concurrent.ConcurrentHashMap<String, LongAdder> waits = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;

    private String scenario;
    private long acquireCount;
    private double acquireNanos;
    private long renewalCpuNanos;
    private double hits;
    private double misses;
    private long[] database;
    private TcpCounters tcp;

    RunDiagnostics(HikariDataSource dataSource, MeterRegistry meters, ServerTimings server, SqlStatementCounter statements) {
        this.dataSource = dataSource;
        this.server = server;
        this.statements = statements;
        this.pool = dataSource.getHikariPoolMXBean();
        this.meters = meters;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        if (isPause(info.getGcName())) {
                            long micros = info.getGcInfo().getDuration() * 1000; // the bean reports milliseconds
                            pauses.incrementAndGet();
                            pauseMicros.add(micros);
                            pauseMaxMicros.accumulateAndGet(micros, Math::max);
                        }
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // gone already
                    }
                });
            }
        }
        sampler = Thread.ofPlatform().daemon().name("benchmark-pool-sampler").start(() -> {
            while (running) {
                maxWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                maxActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                try {
                    TimeUnit.MILLISECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        // what the database's client backends are doing, sampled every 5 ms on a connection of its own (not the pool's)
        waitSampler = Thread.ofPlatform().daemon().name("benchmark-wait-sampler").start(() -> {
            try (Connection connection = java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
                    dataSource.getPassword()); java.sql.PreparedStatement sample = connection.prepareStatement("""
                    select coalesce(wait_event_type || ':' || wait_event, 'on CPU') from pg_stat_activity
                    where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()""")) {
                while (running) {
                    try (ResultSet rs = sample.executeQuery()) {
                        while (rs.next()) {
                            waits.computeIfAbsent(rs.getString(1), key -> new LongAdder()).increment();
                        }
                    }
                    TimeUnit.MILLISECONDS.sleep(5);
                }
            } catch (SQLException | InterruptedException e) {
                // the run is over, or the database went away: no more samples
            }
        });
    }

    /** Concurrent cycles (G1 Concurrent GC, ZGC Cycles) are not pauses; their pauses are reported apart. */
    private static boolean isPause(String collector) {
        return !collector.contains("Concurrent") && !collector.contains("Cycles");
    }

    void start(String scenario) throws SQLException {
        this.scenario = scenario;
        server.reset();
        waits.clear();
        statements.slowestExecutionsSinceLastAsked();
        pauses.set(0);
        pauseMicros.reset();
        pauseMaxMicros.set(0);
        maxWaiting.set(0);
        maxActive.set(0);
        Timer acquire = acquireTimer();
        acquireCount = acquire == null ? 0 : acquire.count();
        acquireNanos = acquire == null ? 0 : acquire.totalTime(TimeUnit.NANOSECONDS);
        renewalCpuNanos = renewalCpuNanos();
        hits = cacheGets("hit");
        misses = cacheGets("miss");
        database = database();
        tcp = TcpCounters.now();
    }

    Window stop() throws SQLException {
        Timer acquire = acquireTimer();
        long acquired = acquire == null ? 0 : acquire.count() - acquireCount;
        double acquireMean = acquired == 0 ? 0 : (acquire.totalTime(TimeUnit.NANOSECONDS) - acquireNanos) / acquired / 1e6;
        long[] now = database();
        double[] served = server.percentiles();
        double[] slowest = statements.slowestExecutionsSinceLastAsked();
        long samples = waits.values().stream().mapToLong(LongAdder::sum).sum();
        String states = waits.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(4)
                .map(e -> "%s %.0f%%".formatted(e.getKey(), 100.0 * e.getValue().sum() / Math.max(1, samples)))
                .collect(java.util.stream.Collectors.joining(", "));
        return new Window(scenario, served[0], served[1], served[2], pauses.get(), pauseMicros.sum() / 1000.0, pauseMaxMicros.get() / 1000.0, maxWaiting.get(),
                maxActive.get(), acquireMean, windowMax("hikaricp.connections.acquire"), windowMax("hikaricp.connections.usage"), slowest[0],
                (int) slowest[1], states, (renewalCpuNanos() - renewalCpuNanos) / 1e6, (long) (cacheGets("hit") - hits),
                (long) (cacheGets("miss") - misses), now[0] - database[0], now[1] - database[1], now[2] - database[2], TcpCounters.now().since(tcp));
    }

    /** The timer's maximum of its recent window (Micrometer keeps it about two minutes): the scenario's, mostly. */
    private double windowMax(String timer) {
        Timer found = meters == null ? null : meters.find(timer).timer();
        return found == null ? 0 : found.max(TimeUnit.MILLISECONDS);
    }

    private Timer acquireTimer() {
        return meters == null ? null : meters.find("hikaricp.connections.acquire").timer();
    }

    private double cacheGets(String result) {
        if (meters == null) {
            return 0;
        }
        return meters.find("cache.gets").tag("result", result).functionCounters().stream()
                .filter(counter -> remembered(counter.getId().getTag("cache")))
                .mapToDouble(counter -> counter.count()).sum();
    }

    /** The caches of remembered answers: talent's browse results, conversations' lists and history pages. */
    private static boolean remembered(String cache) {
        return cache != null && (cache.startsWith("browse.") || cache.startsWith("conversations."));
    }

    private static long renewalCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("browse-renew")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** Blocks read from outside shared buffers, blocks found in them, checkpoints so far. */
    private long[] database() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select d.blks_read, d.blks_hit, c.num_timed + c.num_requested
                        from pg_stat_database d, pg_stat_checkpointer c where d.datname = current_database()""")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** The markdown table of the windows. */
    static String table(List<Window> windows) {
        StringBuilder md = new StringBuilder();
        md.append("| scenario | server p50 ms | server p99 ms | server max ms | GC pauses | GC pause total ms | GC pause max ms | pool: most threads waiting | pool: most in use | mean ms to get a connection | max ms to get one (recent) | max ms one was held (recent) | slowest statement ms | statements of 100 ms or more | active backends: what they did (samples every 5 ms) | renewal CPU ms | memory hits | memory misses | PostgreSQL blocks read (not in shared buffers) | blocks hit | checkpoints | TCP retransmitted segments / of them loss probes / retransmission timeouts (machine-wide) |\n");
        md.append("|---|" + "---:|".repeat(13) + "---|" + "---:|".repeat(7) + "\n");
        for (Window w : windows) {
            md.append("| %s | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %d | %d | %.2f | %.1f | %.1f | %.1f | %d | %s | %.0f | %d | %d | %d | %d | %d | %d / %d / %d |\n".formatted(w.scenario(), w.serverP50Ms(), w.serverP99Ms(), w.serverMaxMs(), w.gcPauses(),
                    w.gcPauseTotalMs(), w.gcPauseMaxMs(), w.poolMaxWaiting(), w.poolMaxActive(), w.acquireMeanMs(), w.acquireMaxMs(), w.heldMaxMs(), w.statementMaxMs(), w.statementsOver100Ms(), w.backendStates(), w.renewalCpuMs(),
                    w.memoryHits(), w.memoryMisses(), w.blocksRead(), w.blocksHit(), w.checkpoints(), w.tcp().retransmittedSegments(),
                    w.tcp().lossProbes(), w.tcp().timeouts()));
        }
        return md.toString();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        waitSampler.interrupt();
        unregister.forEach(Runnable::run);
    }
}
