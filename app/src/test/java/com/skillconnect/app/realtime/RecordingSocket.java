package com.skillconnect.app.realtime;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mockito.Mockito;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** A socket of a user on an endpoint, as the container hands it over, that records the text frames written to it. */
final class RecordingSocket {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final WebSocketSession session;

    private RecordingSocket(String path) {
        session = mock(WebSocketSession.class);
        when(session.getId()).thenReturn(UUID.randomUUID().toString());
        when(session.isOpen()).thenReturn(true);
        when(session.getUri()).thenReturn(URI.create("ws://localhost" + path + "?token=x"));
        try {
            Mockito.doAnswer(call -> frames.add(((TextMessage) call.getArgument(0)).getPayload()))
                    .when(session).sendMessage(Mockito.any());
        } catch (java.io.IOException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** Opens a socket of the user on the endpoint path in the registry. */
    static RecordingSocket opened(SocketSessionRegistry registry, long userId, String path) {
        RecordingSocket socket = new RecordingSocket(path);
        registry.opened(userId, socket.session);
        return socket;
    }

    /** The next frame, waiting up to {@code timeout}; null when none came. */
    String next(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for {@code count} frames (fewer when they do not come within the timeout). */
    List<String> next(int count, Duration timeout) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken.size() < count) {
            String frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                break;
            }
            taken.add(frame);
        }
        return taken;
    }
}
