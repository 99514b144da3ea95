package com.skillconnect.app.realtime;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The open sockets of this instance, by user: the one place every endpoint's sessions are found (delivery asks it
 * for a user's sockets on an endpoint). Thread-safe; a closed socket leaves it. The sessions kept are
 * {@link ConcurrentWebSocketSessionDecorator}s, so that sends to one socket (a frame of the backplane, a reply of
 * the module's handler) are serialized, bounded in time ({@link #SEND_TIME_LIMIT_MS}) and buffer
 * ({@link #BUFFER_LIMIT_BYTES}); a socket too slow to keep up is closed.
 */
public class SocketSessionRegistry {

    private static final Logger log = LoggerFactory.getLogger(SocketSessionRegistry.class);

    static final int SEND_TIME_LIMIT_MS = 10_000;
    static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final Map<Long, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> byId = new ConcurrentHashMap<>();

    /** Keeps an opened socket of the user; answers the session to use for it from now on (sends serialized). */
    WebSocketSession opened(long userId, WebSocketSession session) {
        WebSocketSession serialized = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES);
        byId.put(session.getId(), serialized);
        byUser.compute(userId, (user, sessions) -> {
            Set<WebSocketSession> kept = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            kept.add(serialized);
            return kept;
        });
        return serialized;
    }

    /** The session to use for a raw one the container hands over (itself when it is not kept). */
    WebSocketSession serialized(WebSocketSession session) {
        return byId.getOrDefault(session.getId(), session);
    }

    /** Forgets a socket that closed. */
    void closed(long userId, WebSocketSession session) {
        WebSocketSession serialized = byId.remove(session.getId());
        if (serialized == null) {
            return;
        }
        byUser.computeIfPresent(userId, (user, sessions) -> {
            sessions.remove(serialized);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** The user's open sockets on an endpoint (its path; with or without the trailing slash). */
    List<WebSocketSession> of(long userId, String endpoint) {
        String wanted = Endpoints.normalized(endpoint);
        Set<WebSocketSession> sessions = byUser.get(userId);
        if (sessions == null) {
            return List.of();
        }
        return sessions.stream().filter(WebSocketSession::isOpen)
                .filter(session -> session.getUri() != null && wanted.equals(Endpoints.normalized(session.getUri().getPath())))
                .toList();
    }

    /**
     * Writes a frame (JSON text) to the user's sockets on the endpoint that this instance holds: what every backplane
     * ends with. A socket that fails is skipped (and closed by its decorator when it cannot keep up); the others still
     * get the frame.
     */
    void write(long userId, String endpoint, String json) {
        if (!holds(userId)) {
            return;
        }
        TextMessage message = new TextMessage(json);
        for (WebSocketSession session : of(userId, endpoint)) {
            try {
                session.sendMessage(message);
            } catch (IOException | RuntimeException broken) {
                log.debug("Frame for user {} not written to socket {}: {}", userId, session.getId(), broken.toString());
            }
        }
    }

    /** Whether this instance holds a socket of the user (any endpoint, open or closing). */
    boolean holds(long userId) {
        return byUser.containsKey(userId);
    }

    /**
     * How many sockets of the user are open on this instance (any endpoint). A socket counts from the moment its
     * endpoint's handler has it, a little after the client saw the upgrade: tests wait for it before sending.
     */
    public int openSockets(long userId) {
        Set<WebSocketSession> sessions = byUser.get(userId);
        return sessions == null ? 0 : (int) sessions.stream().filter(WebSocketSession::isOpen).count();
    }

    /** How many sockets are open here (all users). */
    int size() {
        return byId.size();
    }
}
