package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RealtimeDelivery} across instances ({@code skillconnect.realtime.backplane=redis}, ADR 26): the frame is
 * serialized once, and after the caller's transaction commits published on one Redis pub/sub channel; every instance
 * (the sender's too) listens to it and writes each frame to the matching sockets its {@link SocketSessionRegistry}
 * holds. At most once: a frame published while Redis is unreachable is dropped (logged; the request that sent it
 * is not troubled), as a frame for a user without a socket is.
 * <p>
 * Publishing does not wait for Redis. Received frames are written on a few lanes (one thread each), a user's frames
 * always on the same lane: in the order they were published, and one slow socket holds up only its lane.
 */
class RedisRealtimeDelivery implements RealtimeDelivery, MessageListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisRealtimeDelivery.class);

    private final SocketSessionRegistry registry;
    private final JsonMapper json;
    private final ReactiveStringRedisTemplate redis;
    private final String channel;
    private final List<ExecutorService> lanes = new ArrayList<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    RedisRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json, ReactiveStringRedisTemplate redis, String channel) {
        this.registry = registry;
        this.json = json;
        this.redis = redis;
        this.channel = channel;
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int lane = 0; lane < count; lane++) {
            lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("realtime-frames-" + lane).daemon().factory()));
        }
    }

    /** The channel every instance of this deployment listens to. */
    String channel() {
        return channel;
    }

    @Override
    public void send(long userId, String endpoint, Object frame) {
        String message = new PublishedFrame(userId, endpoint, json.writeValueAsString(frame)).encoded();
        AfterCommit.run(() -> publish(message));
    }

    private void publish(String message) {
        try {
            redis.convertAndSend(channel, message).subscribe(receivers -> recovered(), this::failed);
        } catch (RuntimeException unreachable) {
            failed(unreachable);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        PublishedFrame frame;
        try {
            frame = PublishedFrame.decoded(new String(message.getBody(), StandardCharsets.UTF_8));
        } catch (RuntimeException notAFrame) {
            log.warn("A message on {} that is not a frame was ignored: {}", channel, notAFrame.toString());
            return;
        }
        if (registry.holds(frame.userId())) {
            lanes.get((int) Math.floorMod(frame.userId(), (long) lanes.size()))
                    .execute(() -> registry.write(frame.userId(), frame.endpoint(), frame.json()));
        }
    }

    private void failed(Throwable error) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Redis unreachable: WebSocket frames are dropped until it answers again ({})", error.toString());
        } else {
            log.debug("Frame dropped, Redis unreachable: {}", error.toString());
        }
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            log.info("Redis answers again: WebSocket frames are published again");
        }
    }

    @Override
    public void destroy() {
        lanes.forEach(ExecutorService::shutdown);
    }
}
