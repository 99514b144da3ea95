package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.LocalRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The {@code redis} backplane's presence against the machine's Redis: two "instances" counting one user's sockets. */
class RedisRealtimePresenceTest {

    private static final String CHAT = "/ws/messaging/chat/3/";
    private static final Duration TTL = Duration.ofSeconds(30);

    private final List<Runnable> toStop = new ArrayList<>();
    private String prefix;
    private StringRedisTemplate redis;
    private RedisRealtimePresence one;
    private RedisRealtimePresence two;

    @BeforeEach
    void twoInstances() {
        LettuceConnectionFactory connections = LocalRedis.connect();
        toStop.add(connections::destroy);
        redis = new StringRedisTemplate(connections);
        prefix = LocalRedis.uniquePrefix();
        toStop.add(() -> redis.delete(redis.keys(prefix + ":*")));
        one = started(new RedisRealtimePresence(redis, prefix, TTL));
        two = started(new RedisRealtimePresence(redis, prefix, TTL));
    }

    @AfterEach
    void stop() {
        toStop.reversed().forEach(Runnable::run);
    }

    @Test
    void onlyTheFirstSocketAcrossInstancesBringsTheUserOnlineAndOnlyTheLastTakesThemOffline() {
        assertThat(one.online(7, CHAT)).isFalse();
        assertThat(one.opened(7, CHAT)).isTrue();
        assertThat(two.opened(7, "/ws/messaging/chat/3")).as("another instance, the same endpoint").isFalse();
        assertThat(one.opened(7, CHAT)).as("another tab").isFalse();
        assertThat(two.online(7, CHAT)).isTrue();

        assertThat(one.closed(7, CHAT)).isFalse();
        assertThat(one.closed(7, CHAT)).as("the instance's last, not the user's").isFalse();
        assertThat(one.online(7, CHAT)).as("a socket on the other instance").isTrue();
        assertThat(two.closed(7, CHAT)).isTrue();
        assertThat(one.online(7, CHAT)).isFalse();
        assertThat(redis.hasKey(prefix + ":presence:7:/ws/messaging/chat/3")).as("nothing left behind").isFalse();
    }

    @Test
    void usersAndEndpointsAreCountedApartAndACloseWithoutAnOpenChangesNothing() {
        assertThat(one.opened(7, CHAT)).isTrue();
        assertThat(two.opened(8, CHAT)).isTrue();
        assertThat(two.opened(7, "/ws/notifications/")).isTrue();
        assertThat(two.closed(7, CHAT)).as("instance two holds no such socket").isFalse();
        assertThat(one.online(7, CHAT)).isTrue();
        assertThat(two.online(9, CHAT)).isFalse();
    }

    @Test
    void anInstanceThatStopsTakesItsSocketsWithIt() {
        one.opened(7, CHAT);
        one.opened(7, CHAT);
        two.opened(7, CHAT);

        one.stop();

        assertThat(redis.hasKey(prefix + ":instance:" + one.instance())).isFalse();
        assertThat(two.closed(7, CHAT)).as("the only socket left was two's").isTrue();
    }

    @Test
    void theSocketsOfACrashedInstanceStopCountingWhenItsMarkExpires() {
        // an instance whose heartbeat beat once, then never again: it crashed
        RedisRealtimePresence crashed = new RedisRealtimePresence(redis, prefix, Duration.ofSeconds(3));
        crashed.beat();
        crashed.opened(7, CHAT);
        crashed.opened(8, CHAT);
        assertThat(two.online(7, CHAT)).isTrue();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> !two.online(7, CHAT));
        assertThat(two.opened(8, CHAT)).as("the crashed instance's socket no longer counts").isTrue();
        assertThat(redis.<String, String>opsForHash().keys(prefix + ":presence:8:/ws/messaging/chat/3"))
                .as("its count was removed").containsExactly(two.instance());
    }

    @Test
    void anInstanceWhoseMarkExpiredWhileItRanWritesItsCountsAgain() {
        one.opened(7, CHAT);
        redis.delete(prefix + ":instance:" + one.instance());
        assertThat(two.opened(7, CHAT)).as("one's count no longer counts").isTrue();

        one.beat();

        assertThat(two.closed(7, CHAT)).as("one's socket counts again").isFalse();
        assertThat(one.closed(7, CHAT)).isTrue();
    }

    @Test
    void whenRedisIsUnreachableNothingIsAnnouncedAndThisInstanceAnswersForItself() {
        LettuceConnectionFactory unreachable = LocalRedis.unreachable();
        toStop.add(unreachable::destroy);
        RedisRealtimePresence cut = new RedisRealtimePresence(new StringRedisTemplate(unreachable), prefix, TTL);

        assertThat(cut.opened(7, CHAT)).isFalse();
        assertThat(cut.online(7, CHAT)).as("this instance alone").isTrue();
        assertThat(cut.closed(7, CHAT)).isFalse();
        assertThat(cut.online(7, CHAT)).isFalse();
    }

    private RedisRealtimePresence started(RedisRealtimePresence presence) {
        presence.start();
        toStop.add(presence::stop);
        return presence;
    }
}
