package com.skillconnect.app.test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The machine's Redis (127.0.0.1:6379) for the {@code redis} backplane's tests: a test that needs it is skipped,
 * with this reason, only when nothing answers there (the CI machine runs one). Every test names its keys and channel
 * under a {@link #uniquePrefix()}, so that parallel runs on one Redis never meet.
 */
public final class LocalRedis {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 6379;

    private LocalRedis() {
    }

    /** Skips the calling test unless Redis answers PING on 127.0.0.1:6379. */
    public static void assumeRunning() {
        assumeTrue(answersPing(), "Redis is not reachable on " + HOST + ":" + PORT
                + ": the redis backplane's tests are skipped (start one, e.g. `redis-server`, to run them)");
    }

    /** A started connection factory to the local Redis (the caller destroys it); skips the test when it is not running. */
    public static LettuceConnectionFactory connect() {
        assumeRunning();
        return started(PORT);
    }

    /** A started connection factory to a port where nothing listens: Redis unreachable. */
    public static LettuceConnectionFactory unreachable() {
        return started(closedPort());
    }

    /** A fresh prefix for this run's channel and keys. */
    public static String uniquePrefix() {
        return "skillconnect-test:" + UUID.randomUUID();
    }

    /** A local port nobody listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started connection factory to a Redis on this port of 127.0.0.1 (there may be none yet). */
    public static LettuceConnectionFactory started(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] answer = new byte[7];
            int read = socket.getInputStream().read(answer);
            return read > 0 && new String(answer, 0, read, java.nio.charset.StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException unreachable) {
            return false;
        }
    }
}
