package com.skillconnect.app.realtime;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code redis} backplane (ADR 26): frames over one pub/sub channel, presence counted in Redis. Redis' connection
 * settings are Spring Boot's ({@code spring.data.redis.*}, read by Boot's Redis auto-configuration, which applies
 * for this backplane only: {@link RedisOnlyForItsBackplane}); the connection factory is made here, with one rule of
 * its own: a command while Redis is disconnected fails at once rather than queueing, so a frame is dropped, not sent
 * late, and a request never waits for Redis to come back.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RealtimeConfiguration.RedisBackplane.class)
class RedisBackplaneConfiguration {

    /**
     * The connection, from Boot's {@code spring.data.redis.*} (host, port, url, database, username, password, timeout,
     * connect-timeout, ssl.enabled) as Boot reads them; one standalone server.
     */
    @Bean
    LettuceConnectionFactory realtimeRedisConnectionFactory(DataRedisConnectionDetails server, DataRedisProperties properties) {
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(server.getStandalone().getHost(),
                server.getStandalone().getPort());
        standalone.setDatabase(server.getStandalone().getDatabase());
        standalone.setUsername(server.getUsername());
        standalone.setPassword(RedisPassword.of(server.getPassword()));
        SocketOptions.Builder socket = SocketOptions.builder();
        if (properties.getConnectTimeout() != null) {
            socket.connectTimeout(properties.getConnectTimeout());
        }
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .clientOptions(ClientOptions.builder().socketOptions(socket.build())
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        if (properties.getTimeout() != null) {
            client.commandTimeout(properties.getTimeout());
        }
        if (properties.getSsl().isEnabled()) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(standalone, client.build());
    }

    @Bean
    RedisRealtimeDelivery redisRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json,
            LettuceConnectionFactory connections, RealtimeProperties properties) {
        return new RedisRealtimeDelivery(registry, json, new ReactiveStringRedisTemplate(connections),
                properties.redis().prefix() + ":frames");
    }

    /**
     * Every instance listens to the channel; the listener only hands a frame to its lane, so it runs on Lettuce's
     * thread. Started by {@link FrameSubscription}, so that an unreachable Redis does not stop the start.
     */
    @Bean
    FrameSubscription realtimeFrames(RedisConnectionFactory connections, RedisRealtimeDelivery delivery) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(new SyncTaskExecutor());
        container.setAutoStartup(false);
        container.addMessageListener(delivery, ChannelTopic.of(delivery.channel()));
        container.afterPropertiesSet();
        return new FrameSubscription(container);
    }

    @Bean
    RedisRealtimePresence redisRealtimePresence(LettuceConnectionFactory connections, RealtimeProperties properties) {
        return new RedisRealtimePresence(new StringRedisTemplate(connections), properties.redis().prefix(), properties.redis().instanceTtl());
    }
}
