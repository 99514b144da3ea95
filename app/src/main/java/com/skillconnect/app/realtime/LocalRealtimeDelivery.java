package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RealtimeDelivery} on one instance ({@code skillconnect.realtime.backplane=local}): the frame is written
 * (as JSON, with the application's snake_case mapper) to the user's sockets that this instance's
 * {@link SocketSessionRegistry} holds; after the caller's transaction commits when there is one. A socket that
 * fails is skipped (and closed by its decorator when it cannot keep up); the others still get the frame.
 */
class LocalRealtimeDelivery implements RealtimeDelivery {

    private static final Logger log = LoggerFactory.getLogger(LocalRealtimeDelivery.class);

    private final SocketSessionRegistry registry;
    private final JsonMapper json;

    LocalRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void send(long userId, String endpoint, Object frame) {
        TextMessage message = new TextMessage(json.writeValueAsString(frame));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(userId, endpoint, message);
                }
            });
        } else {
            write(userId, endpoint, message);
        }
    }

    private void write(long userId, String endpoint, TextMessage message) {
        for (WebSocketSession session : registry.of(userId, endpoint)) {
            try {
                session.sendMessage(message);
            } catch (IOException | RuntimeException broken) {
                log.debug("Frame for user {} not written to socket {}: {}", userId, session.getId(), broken.toString());
            }
        }
    }
}
