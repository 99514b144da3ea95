package com.skillconnect.app.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real WebSocket client (the JDK's) for API tests: opens a socket on the test server, or tells the handshake's
 * HTTP status when the server refuses the upgrade; collects the text frames it receives.
 */
public final class TestSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final WebSocket socket;
    private final BlockingQueue<String> frames;

    private TestSocket(WebSocket socket, BlockingQueue<String> frames) {
        this.socket = socket;
        this.frames = frames;
    }

    /** Opens a socket on {@code pathAndQuery} (e.g. {@code /ws/notifications/?token=…}); fails when refused. */
    public static TestSocket open(int port, String pathAndQuery) {
        Attempt attempt = attempt(port, pathAndQuery, null);
        if (attempt.socket() == null) {
            throw new AssertionError("The handshake of " + pathAndQuery + " was refused with " + attempt.status());
        }
        return attempt.socket();
    }

    /** The HTTP status the server answered the handshake with: 101 when it upgraded (the socket is closed again). */
    public static int handshakeStatus(int port, String pathAndQuery) {
        return handshakeStatus(port, pathAndQuery, null);
    }

    /** The same, sent from a page of {@code origin} (its {@code Origin} header), as a browser does. */
    public static int handshakeStatus(int port, String pathAndQuery, String origin) {
        Attempt attempt = attempt(port, pathAndQuery, origin);
        if (attempt.socket() != null) {
            attempt.socket().close();
        }
        return attempt.status();
    }

    private record Attempt(TestSocket socket, int status) {
    }

    private static Attempt attempt(int port, String pathAndQuery, String origin) {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        CompletableFuture<WebSocket> opening = builder.buildAsync(URI.create("ws://localhost:" + port + pathAndQuery), new Collector(frames));
        try {
            return new Attempt(new TestSocket(opening.get(10, TimeUnit.SECONDS), frames), 101);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Attempt(null, refused.getResponse().statusCode());
            }
            throw new AssertionError("The socket could not be opened", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The socket could not be opened in time", e);
        }
    }

    /** The next frame, as JSON, waiting up to {@code timeout}; null when none came. */
    public JsonNode next(Duration timeout) {
        try {
            String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return frame == null ? null : JSON.readTree(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The next frame that is not a {@code presence} frame, waiting up to {@code timeout} for it: presence is told
     * when a party's first socket opens, and across instances it may arrive after a socket opened later.
     */
    public JsonNode nextIgnoringPresence(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode frame;
        do {
            frame = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } while (frame != null && frame.has("type") && "presence".equals(frame.get("type").asString()));
        return frame;
    }

    /** Every frame received so far, taken. */
    public List<JsonNode> drain() {
        List<String> taken = new ArrayList<>();
        frames.drainTo(taken);
        return taken.stream().map(JSON::readTree).toList();
    }

    /** Sends a text frame (e.g. a JSON object's text) and waits until it left. */
    public void send(String text) {
        socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** Joins the parts of each text message and queues it. */
    private static final class Collector implements WebSocket.Listener {

        private final BlockingQueue<String> frames;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> frames) {
            this.frames = frames;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
