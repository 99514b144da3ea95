package com.skillconnect.app.realtime;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code redis} backplane (ADR 26): frames over one pub/sub channel, presence counted in Redis. Redis' connection
 * is Spring Boot's own ({@code spring.data.redis.*}), imported here only: application.properties keeps Redis'
 * auto-configurations out of every other start, so that with {@code local} nothing connects to Redis (no health check
 * either). A command while Redis is disconnected fails at once rather than queueing: a frame is dropped, not sent
 * late, and a request never waits for Redis to come back.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RealtimeConfiguration.RedisBackplane.class)
@ImportAutoConfiguration(DataRedisAutoConfiguration.class)
class RedisBackplaneConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    RedisRealtimeDelivery redisRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json,
            ReactiveRedisConnectionFactory connections, RealtimeProperties properties) {
        return new RedisRealtimeDelivery(registry, json, new ReactiveStringRedisTemplate(connections),
                properties.redis().prefix() + ":frames");
    }

    /** Every instance listens to the channel; the listener only hands a frame to its lane, so it runs on Lettuce's thread. */
    @Bean
    RedisMessageListenerContainer realtimeFrames(RedisConnectionFactory connections, RedisRealtimeDelivery delivery) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener(delivery, ChannelTopic.of(delivery.channel()));
        return container;
    }

    @Bean
    RedisRealtimePresence redisRealtimePresence(StringRedisTemplate redis, RealtimeProperties properties) {
        return new RedisRealtimePresence(redis, properties.redis().prefix(), properties.redis().instanceTtl());
    }
}
