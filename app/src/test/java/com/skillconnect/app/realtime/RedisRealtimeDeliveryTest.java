package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.skillconnect.app.test.LocalRedis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code redis} backplane's delivery against the machine's Redis: two "instances" (each its own registry,
 * connection and subscription, one channel) in this JVM.
 */
class RedisRealtimeDeliveryTest {

    private static final Duration FRAME_WAIT = Duration.ofSeconds(5);
    private static final Duration SILENCE = Duration.ofMillis(500);
    private static final JsonMapper JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private record Frame(long orderId, String text) {
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private String channel;
    private Instance one;
    private Instance two;

    @BeforeEach
    void twoInstances() {
        LocalRedis.assumeRunning();
        channel = LocalRedis.uniquePrefix() + ":frames";
        one = new Instance(LocalRedis.connect());
        two = new Instance(LocalRedis.connect());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable each : started.reversed()) {
            each.close();
        }
    }

    @Test
    void aFrameReachesTheUsersSocketsOnEveryInstanceOnceAndNoOtherSocket() throws Exception {
        RecordingSocket onOne = one.socket(7, "/ws/notifications/");
        RecordingSocket onTwo = two.socket(7, "/ws/notifications");
        RecordingSocket otherEndpoint = two.socket(7, "/ws/messaging/chat/3/");
        RecordingSocket otherUser = two.socket(8, "/ws/notifications/");

        one.delivery.send(7, "/ws/notifications/", new Frame(42, "New order"));

        String expected = "{\"order_id\":42,\"text\":\"New order\"}";
        assertThat(onOne.next(FRAME_WAIT)).as("the sender's instance, through Redis too").isEqualTo(expected);
        assertThat(onTwo.next(FRAME_WAIT)).as("the other instance, snake_case as local").isEqualTo(expected);
        assertThat(onOne.next(SILENCE)).as("once").isNull();
        assertThat(onTwo.next(SILENCE)).as("once").isNull();
        assertThat(otherEndpoint.next(Duration.ZERO)).isNull();
        assertThat(otherUser.next(Duration.ZERO)).isNull();
    }

    @Test
    void aFrameSentInATransactionLeavesWhenItCommitsAndNeverWhenItRollsBack() throws Exception {
        RecordingSocket socket = two.socket(7, "/ws/messaging/chat/3/");

        TransactionSynchronizationManager.initSynchronization();
        try {
            one.delivery.send(7, "/ws/messaging/chat/3/", Map.of("n", 1));
            assertThat(socket.next(SILENCE)).as("not before the commit").isNull();
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(socket.next(FRAME_WAIT)).isEqualTo("{\"n\":1}");

        TransactionSynchronizationManager.initSynchronization();
        try {
            one.delivery.send(7, "/ws/messaging/chat/3/", Map.of("n", 2));
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(socket.next(SILENCE)).as("rolled back: never").isNull();
    }

    @Test
    void aUsersFramesArriveInTheOrderTheyWereSent() throws Exception {
        RecordingSocket socket = two.socket(7, "/ws/messaging/chat/3/");
        List<String> sent = IntStream.range(0, 300).mapToObj(n -> "{\"n\":" + n + "}").toList();

        IntStream.range(0, 300).forEach(n -> one.delivery.send(7, "/ws/messaging/chat/3/", Map.of("n", n)));

        assertThat(socket.next(300, FRAME_WAIT)).isEqualTo(sent);
        assertThat(socket.next(SILENCE)).isNull();
    }

    @Test
    void aMessageOnTheChannelThatIsNoFrameIsIgnored() throws Exception {
        RecordingSocket socket = two.socket(7, "/ws/notifications/");
        ReactiveStringRedisTemplate other = new ReactiveStringRedisTemplate(one.connections);
        other.convertAndSend(channel, "not a frame").block();
        other.convertAndSend(channel, "x\n/ws/notifications\n{}").block();

        one.delivery.send(7, "/ws/notifications/", Map.of("n", 1));

        assertThat(socket.next(FRAME_WAIT)).isEqualTo("{\"n\":1}");
        assertThat(socket.next(SILENCE)).isNull();
    }

    @Test
    void aFrameIsOneLineOfUserAndEndpointThenTheJsonAsSerialized() {
        PublishedFrame frame = new PublishedFrame(7, "/ws/messaging/chat/3/", "{\"text\":\"two\\nlines\"}");

        assertThat(frame.encoded()).isEqualTo("7\n/ws/messaging/chat/3\n{\"text\":\"two\\nlines\"}");
        assertThat(PublishedFrame.decoded(frame.encoded())).isEqualTo(frame);
        assertThat(PublishedFrame.decoded(new String("7\n/e\n{\"a\":\"ü\n\"}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).json())
                .isEqualTo("{\"a\":\"ü\n\"}");
    }

    @Test
    void whenRedisIsUnreachableAFrameIsDroppedAndTheSenderIsNotTroubled() {
        LettuceConnectionFactory unreachable = LocalRedis.unreachable();
        started.add(unreachable::destroy);
        RedisRealtimeDelivery delivery = new RedisRealtimeDelivery(new SocketSessionRegistry(), JSON,
                new ReactiveStringRedisTemplate(unreachable), channel);
        started.add(delivery::destroy);

        long start = System.nanoTime();
        delivery.send(7, "/ws/notifications/", Map.of("n", 1));
        delivery.send(7, "/ws/notifications/", Map.of("n", 2));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the sender does not wait for Redis").isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anInstanceStartedWhileRedisIsDownSubscribesOnceItAnswers() throws Exception {
        Path redisServer = Path.of("/usr/bin/redis-server");
        assumeTrue(Files.isExecutable(redisServer), "no " + redisServer + " to start a Redis of this test's own: skipped");
        int port = LocalRedis.closedPort();
        LettuceConnectionFactory later = LocalRedis.started(port);
        started.add(later::destroy);
        SocketSessionRegistry registry = new SocketSessionRegistry();
        RedisRealtimeDelivery delivery = new RedisRealtimeDelivery(registry, JSON, new ReactiveStringRedisTemplate(later), channel);
        started.add(delivery::destroy);
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(later);
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener(delivery, ChannelTopic.of(channel));
        container.afterPropertiesSet();
        FrameSubscription subscription = new FrameSubscription(container);
        started.add(subscription::destroy);

        subscription.start();
        assertThat(container.isListening()).as("Redis is down: no subscription, and no failure").isFalse();

        Process server = new ProcessBuilder(redisServer.toString(), "--port", Integer.toString(port), "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(() -> {
            server.destroy();
            server.waitFor();
        });
        await().atMost(FrameSubscription.RETRY.multipliedBy(3)).until(container::isListening);
        RecordingSocket socket = RecordingSocket.opened(registry, 7, "/ws/notifications/");
        delivery.send(7, "/ws/notifications/", Map.of("n", 1));
        assertThat(socket.next(FRAME_WAIT)).isEqualTo("{\"n\":1}");
        subscription.stop();
    }

    /** One instance's side of the backplane, as RedisBackplaneConfiguration wires it. */
    private final class Instance {

        final LettuceConnectionFactory connections;
        final SocketSessionRegistry registry = new SocketSessionRegistry();
        final RedisRealtimeDelivery delivery;

        Instance(LettuceConnectionFactory connections) {
            this.connections = connections;
            started.add(connections::destroy);
            delivery = new RedisRealtimeDelivery(registry, JSON, new ReactiveStringRedisTemplate(connections), channel);
            started.add(delivery::destroy);
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            container.setTaskExecutor(new SyncTaskExecutor());
            container.addMessageListener(delivery, ChannelTopic.of(channel));
            container.afterPropertiesSet();
            container.start();
            started.add(container::destroy);
        }

        RecordingSocket socket(long userId, String path) {
            return RecordingSocket.opened(registry, userId, path);
        }
    }
}
