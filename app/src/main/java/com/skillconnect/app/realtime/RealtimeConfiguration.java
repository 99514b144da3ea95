package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.RealtimePresence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket plumbing, written once for every module (ADR 22): plain WebSocket endpoints (no STOMP) that the
 * modules contribute as {@code WebSocketConfigurer} beans in their {@code adapter.in.ws} package, registering their
 * handler decorated by {@link RegisteredSockets} and authenticated by app's handshake interceptor; one session
 * registry; and the {@link RealtimeDelivery} and {@link RealtimePresence} the modules use, chosen by
 * {@code skillconnect.realtime.backplane}: {@code local} here, {@code redis} in {@link RedisBackplaneConfiguration}
 * (ADR 26).
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

    /** The {@code local} backplane (and any value but {@code redis}, which {@link RealtimeProperties} then refuses). */
    @Configuration(proxyBeanMethods = false)
    @Conditional(LocalBackplane.class)
    static class Local {

        @Bean
        RealtimeDelivery localRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json, RealtimeProperties properties) {
            return new LocalRealtimeDelivery(registry, json);
        }

        @Bean
        RealtimePresence localRealtimePresence() {
            return new LocalRealtimePresence();
        }
    }

    /** {@code skillconnect.realtime.backplane=redis}, as {@link RealtimeProperties} reads it. */
    static final class RedisBackplane implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return RealtimeProperties.REDIS.equals(
                    RealtimeProperties.backplaneOf(context.getEnvironment().getProperty(RealtimeProperties.BACKPLANE)));
        }
    }

    static final class LocalBackplane implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new RedisBackplane().matches(context, metadata);
        }
    }
}
