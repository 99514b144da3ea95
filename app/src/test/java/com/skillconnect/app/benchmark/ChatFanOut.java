package com.skillconnect.app.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat fan-out's load generator, a process of its own ({@link ConversationsBenchmark} starts it with the test
 * class path and the same {@code java}): opens both parties' chat sockets ({@code /ws/messaging/chat/<id>/?token=})
 * of the conversations it is given, then posts text messages over REST ({@code POST .../messages/}) at a fixed rate on
 * a fixed schedule (open loop: the n-th message leaves at start + n / rate whatever the answers do), each from one
 * party in turn, and times each message from just before its POST until the other party's socket has the frame
 * (one process, one clock: {@link System#nanoTime}). The first {@code warm-up} seconds' messages are not counted. A
 * message the other party has not received {@code loss-ms} after it was sent is lost.
 * <p>
 * Threads: the JDK's {@link HttpClient} (one selector thread per client; all sockets share one client) with a fixed
 * pool of 2 threads for the sockets' callbacks and 2 for the POSTs' (its default pool would grow a thread per burst).
 * <p>
 * Arguments: base URL ({@code http://127.0.0.1:<port>}), the file of conversations (a line
 * {@code <conversation id> <client user id> <client token> <freelancer user id> <freelancer token>} each), messages
 * per second, warm-up seconds, measured seconds, loss milliseconds. Prints progress lines and, last, one line
 * {@code FANOUT_RESULT {json}} (microseconds).
 */
public final class ChatFanOut {

    static final String RESULT_PREFIX = "FANOUT_RESULT ";
    private static final Pattern SENDER = Pattern.compile("\"sender_id\":(\\d+)");
    private static final Pattern SEQUENCE = Pattern.compile(Pattern.quote(ConversationsSeeder.POSTED_PREFIX) + "(\\d+) ");
    private static final int HANDSHAKES_AT_ONCE = 32;

    private record Pair(long conversation, long clientUser, String clientToken, long freelancerUser, String freelancerToken) {
    }

    private final String baseUrl;
    private final List<Pair> pairs;
    private final double rate;
    private final int warmUpSeconds;
    private final int seconds;
    private final long lossNanos;
    private final ExecutorService socketCallbacks = Executors.newFixedThreadPool(2, daemon("fan-out-socket"));
    private final ExecutorService postCallbacks = Executors.newFixedThreadPool(2, daemon("fan-out-post"));
    private final HttpClient sockets = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(socketCallbacks)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient rest = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(postCallbacks)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> socketFailures = new ConcurrentHashMap<>();
    private final Map<String, Long> postFailures = new ConcurrentHashMap<>();
    private final LongAdder closed = new LongAdder();
    private final LongAdder ownEchoes = new LongAdder();
    private final LongAdder foreignFrames = new LongAdder();
    private volatile boolean closing;
    private volatile AtomicLongArray sentAt;
    private volatile AtomicLongArray arrivedAt;
    private AtomicLongArray postMicros;

    private ChatFanOut(String baseUrl, List<Pair> pairs, double rate, int warmUpSeconds, int seconds, long lossMillis) {
        this.baseUrl = baseUrl;
        this.pairs = pairs;
        this.rate = rate;
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.lossNanos = TimeUnit.MILLISECONDS.toNanos(lossMillis);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || !args[0].startsWith("http://127.0.0.1:")) {
            System.err.println("usage: ChatFanOut http://127.0.0.1:<port> <pairs file> <messages/s> <warm-up s> <seconds> <loss ms>");
            System.exit(2);
        }
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ");
            if (f.length == 5) {
                pairs.add(new Pair(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), f[4]));
            }
        }
        new ChatFanOut(args[0], pairs, Double.parseDouble(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Long.parseLong(args[5])).run();
        System.exit(0);
    }

    private void run() throws Exception {
        long openStart = System.nanoTime();
        List<Pair> open = new ArrayList<>();
        List<WebSocket> all = new ArrayList<>();
        Semaphore handshakes = new Semaphore(HANDSHAKES_AT_ONCE);
        List<CompletableFuture<WebSocket>[]> opening = new ArrayList<>();
        for (Pair pair : pairs) {
            @SuppressWarnings("unchecked")
            CompletableFuture<WebSocket>[] both = new CompletableFuture[] {
                    connect(pair, pair.clientUser(), pair.clientToken(), handshakes),
                    connect(pair, pair.freelancerUser(), pair.freelancerToken(), handshakes)};
            opening.add(both);
        }
        for (int i = 0; i < pairs.size(); i++) {
            WebSocket client = opened(opening.get(i)[0]);
            WebSocket freelancer = opened(opening.get(i)[1]);
            if (client != null) {
                all.add(client);
            }
            if (freelancer != null) {
                all.add(freelancer);
            }
            if (client != null && freelancer != null) {
                open.add(pairs.get(i));
            }
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        log("%d of %d sockets open in %.1f s%s".formatted(all.size(), 2 * pairs.size(), openSeconds,
                socketFailures.isEmpty() ? "" : ", failures: " + new TreeMap<>(socketFailures)));
        if (open.isEmpty()) {
            throw new IllegalStateException("no conversation has both sockets open: " + socketFailures);
        }
        TimeUnit.SECONDS.sleep(1); // the server registers a socket a little after the client saw the upgrade

        int warm = (int) Math.round(warmUpSeconds * rate);
        int total = warm + (int) Math.round(seconds * rate);
        sentAt = new AtomicLongArray(total);
        arrivedAt = new AtomicLongArray(total);
        postMicros = new AtomicLongArray(total);
        long maxLag = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        log("posting %d messages at %.0f/s (%d of them warm-up) over %d conversations".formatted(total, rate, warm, open.size()));
        for (int seq = 0; seq < total; seq++) {
            long due = start + (long) (seq * 1e9 / rate);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            post(seq, open.get(seq % open.size()), ((seq / open.size()) + seq) % 2 == 0);
        }
        long lastSent = System.nanoTime();
        while (System.nanoTime() - lastSent < lossNanos && !allArrived(warm, total)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        closing = true;
        System.out.println(RESULT_PREFIX + result(2 * pairs.size(), all.size(), openSeconds, warm, total, maxLag / 1000));
        System.out.flush();
        for (WebSocket socket : all) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        TimeUnit.MILLISECONDS.sleep(500);
    }

    private CompletableFuture<WebSocket> connect(Pair pair, long user, String token, Semaphore handshakes) {
        handshakes.acquireUninterruptibly();
        URI uri = URI.create(baseUrl.replace("http://", "ws://") + "/ws/messaging/chat/" + pair.conversation() + "/?token=" + token);
        return sockets.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20)).buildAsync(uri, new Receiver(user))
                .whenComplete((socket, failure) -> {
                    handshakes.release();
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        String kind = cause instanceof WebSocketHandshakeException refused
                                ? "HTTP " + refused.getResponse().statusCode() : cause.getClass().getSimpleName();
                        socketFailures.merge(kind, 1L, Long::sum);
                    }
                });
    }

    private static WebSocket opened(CompletableFuture<WebSocket> socket) {
        try {
            return socket.get(60, TimeUnit.SECONDS);
        } catch (Exception failed) {
            return null;
        }
    }

    private void post(int seq, Pair pair, boolean clientPosts) {
        long sent = System.nanoTime();
        String body = "{\"message_type\": \"text\", \"content\": \"%s%d sent at %d\"}".formatted(ConversationsSeeder.POSTED_PREFIX, seq, sent);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/messaging/conversations/" + pair.conversation()
                        + "/messages/"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + (clientPosts ? pair.clientToken() : pair.freelancerToken()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        sentAt.set(seq, sent);
        rest.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            postMicros.set(seq, (System.nanoTime() - sent) / 1000);
            if (failure != null) {
                postFailures.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
            } else if (response.statusCode() != 201) {
                postFailures.merge("HTTP " + response.statusCode(), 1L, Long::sum);
            }
        });
    }

    private boolean allArrived(int from, int to) {
        for (int i = from; i < to; i++) {
            if (arrivedAt.get(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A party's socket: a chat message from the other party is timed, one's own echo only counted. */
    private final class Receiver implements WebSocket.Listener {

        private final long user;
        private final StringBuilder partial = new StringBuilder();

        Receiver(long user) {
            this.user = user;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                frame(partial.toString(), now);
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        private void frame(String frame, long now) {
            if (!frame.contains("\"chat_message\"")) {
                return; // presence, read marks
            }
            Matcher sender = SENDER.matcher(frame);
            Matcher sequence = SEQUENCE.matcher(frame);
            if (!sender.find() || !sequence.find() || sentAt == null) {
                foreignFrames.increment();
                return;
            }
            int seq = Integer.parseInt(sequence.group(1));
            if (Long.parseLong(sender.group(1)) == user) {
                ownEchoes.increment();
            } else if (seq < arrivedAt.length()) {
                arrivedAt.compareAndSet(seq, 0, now);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            if (!closing) {
                closed.increment();
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (!closing) {
                closed.increment();
            }
        }
    }

    private String result(int requested, int open, double openSeconds, int warm, int total, long maxLagMicros) {
        int measured = total - warm;
        long[] latencies = new long[measured];
        int received = 0;
        long lost = 0;
        long[] posts = new long[measured];
        for (int i = warm; i < total; i++) {
            posts[i - warm] = postMicros.get(i);
            long arrived = arrivedAt.get(i);
            if (arrived == 0 || arrived - sentAt.get(i) > lossNanos) {
                lost++;
            } else {
                latencies[received++] = (arrived - sentAt.get(i)) / 1000;
            }
        }
        writeTrace(warm, total);
        long[] sorted = Arrays.copyOf(latencies, received);
        Arrays.sort(sorted);
        Arrays.sort(posts);
        long postErrors = postFailures.values().stream().mapToLong(Long::longValue).sum();
        return ("{\"sockets_requested\": %d, \"sockets_open\": %d, \"socket_failures\": \"%s\", \"open_seconds\": %.2f,"
                + " \"rate\": %.1f, \"seconds\": %d, \"warm_up_messages\": %d, \"sent\": %d, \"received\": %d, \"lost\": %d,"
                + " \"p50\": %d, \"p90\": %d, \"p99\": %d, \"max\": %d, \"post_p50\": %d, \"post_p99\": %d, \"post_max\": %d,"
                + " \"post_errors\": %d, \"post_failures\": \"%s\", \"closed_during_run\": %d, \"own_echoes\": %d,"
                + " \"foreign_frames\": %d, \"max_schedule_lag\": %d}").formatted(requested, open, text(socketFailures), openSeconds,
                rate, seconds, warm, measured, received, lost, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], percentile(posts, 50), percentile(posts, 99),
                posts.length == 0 ? 0 : posts[posts.length - 1], postErrors, text(postFailures), closed.sum(), ownEchoes.sum(),
                foreignFrames.sum(), maxLagMicros);
    }

    private static String text(Map<String, Long> failures) {
        return failures.isEmpty() ? "none" : new TreeMap<>(failures).toString().replace("\"", "'");
    }

    /**
     * Each measured message as a line of the file named by {@code -Dfanout.trace}, if given: when it was sent (ms since
     * the first measured one), its latency to the other party's socket and its POST's (µs; -1: never arrived), to lay
     * beside the server's GC log and PostgreSQL's.
     */
    private void writeTrace(int warm, int total) {
        String trace = System.getProperty("fanout.trace");
        if (trace == null || total <= warm) {
            return;
        }
        long first = sentAt.get(warm);
        List<String> lines = new ArrayList<>(List.of("sent_ms,latency_us,post_us"));
        for (int i = warm; i < total; i++) {
            long arrived = arrivedAt.get(i);
            lines.add("%d,%d,%d".formatted((sentAt.get(i) - first) / 1_000_000,
                    arrived == 0 ? -1 : (arrived - sentAt.get(i)) / 1000, postMicros.get(i)));
        }
        try {
            Files.write(Path.of(trace), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log("could not write the trace: " + e.getMessage());
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().daemon().name(name + "-", 1).factory();
    }

    private static void log(String message) {
        System.out.println("[fan-out] " + message);
        System.out.flush();
    }
}
