package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import java.util.OptionalLong;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Wraps a module's WebSocket handler so that its sockets enter the {@link SocketSessionRegistry} when they open and
 * leave it when they close, and so that the handler always sees the registry's serialized session. A module's
 * {@code adapter.in.ws} configuration decorates its handler with this bean (a standard
 * {@link WebSocketHandlerDecoratorFactory}) before registering it. A socket without an authenticated user (an endpoint
 * registered without app's handshake check) is closed at once.
 */
class RegisteredSockets implements WebSocketHandlerDecoratorFactory {

    private final SocketSessionRegistry registry;

    RegisteredSockets(SocketSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {

            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                OptionalLong user = RealtimeDelivery.userOf(session.getAttributes());
                if (user.isEmpty()) {
                    session.close(CloseStatus.POLICY_VIOLATION);
                    return;
                }
                super.afterConnectionEstablished(registry.opened(user.getAsLong(), session));
            }

            @Override
            public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
                super.handleMessage(registry.serialized(session), message);
            }

            @Override
            public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
                super.handleTransportError(registry.serialized(session), exception);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                WebSocketSession serialized = registry.serialized(session);
                RealtimeDelivery.userOf(session.getAttributes()).ifPresent(user -> registry.closed(user, session));
                super.afterConnectionClosed(serialized, closeStatus);
            }
        };
    }
}
