package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.RealtimePresence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket plumbing, written once for every module (ADR 22): plain WebSocket endpoints (no STOMP) that the
 * modules contribute as {@code WebSocketConfigurer} beans in their {@code adapter.in.ws} package, registering their
 * handler decorated by {@link RegisteredSockets} and authenticated by app's handshake interceptor; one session
 * registry; and the {@link RealtimeDelivery} the modules send frames through, chosen by
 * {@code skillconnect.realtime.backplane} ({@code local} only, for now).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfiguration {

    @Bean
    SocketSessionRegistry socketSessionRegistry() {
        return new SocketSessionRegistry();
    }

    @Bean
    WebSocketHandlerDecoratorFactory registeredSockets(SocketSessionRegistry registry) {
        return new RegisteredSockets(registry);
    }

    /** The backplane: {@link RealtimeProperties} refuses any value but {@code local} until the Redis one exists. */
    @Bean
    RealtimeDelivery localRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json, RealtimeProperties properties) {
        return new LocalRealtimeDelivery(registry, json);
    }

    @Bean
    RealtimePresence localRealtimePresence() {
        return new LocalRealtimePresence();
    }
}
