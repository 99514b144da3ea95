package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimePresence;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link RealtimePresence} across instances ({@code skillconnect.realtime.backplane=redis}, ADR 26). Per user and
 * endpoint a Redis hash holds, per instance, how many of those sockets it has; a script changes this instance's
 * count and sums the live instances' ones atomically, so that of two sockets opening on two instances at once only
 * one is the user's first, and of the last two closing only one is their last.
 * <p>
 * Every instance keeps a liveness mark ({@code <prefix>:instance:<id>}, expiring after
 * {@code skillconnect.realtime.redis.instance-ttl}, renewed at a third of it): the counts of an instance that
 * crashed stop counting when its mark expires. One that stops cleanly removes its counts at once. When Redis does not
 * answer, a socket's opening or closing is no announcement ({@code false}), {@link #online} answers for this instance
 * alone, and the heartbeat writes this instance's true counts of those keys once Redis answers again.
 */
class RedisRealtimePresence implements RealtimePresence, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisRealtimePresence.class);
    private static final RedisScript<Long> COUNT = RedisScript.of(new ClassPathResource("realtime/presence.lua"), Long.class);
    /** After the web server (its sockets' closings still count), before Redis' connection factory (phase 0). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final StringRedisTemplate redis;
    private final String keys;
    private final String marks;
    private final String instance = UUID.randomUUID().toString();
    private final Duration ttl;
    private final LocalRealtimePresence own = new LocalRealtimePresence();
    private final Set<PresenceKey> unsynced = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService heartbeat;

    RedisRealtimePresence(StringRedisTemplate redis, String prefix, Duration ttl) {
        this.redis = redis;
        this.keys = prefix + ":presence:";
        this.marks = prefix + ":instance:";
        this.ttl = ttl;
    }

    @Override
    public boolean opened(long userId, String endpoint) {
        PresenceKey key = new PresenceKey(userId, endpoint);
        own.opened(userId, endpoint);
        return count(key, 1) == 1;
    }

    @Override
    public boolean closed(long userId, String endpoint) {
        PresenceKey key = new PresenceKey(userId, endpoint);
        if (own.count(key) == 0) {
            return false;
        }
        own.closed(userId, endpoint);
        return count(key, -1) == 0;
    }

    @Override
    public boolean online(long userId, String endpoint) {
        PresenceKey key = new PresenceKey(userId, endpoint);
        long total = count(key, 0);
        return total < 0 ? own.online(userId, endpoint) : total > 0;
    }

    /** The live instances' count after the change; -1 when Redis did not answer (the key is written again later). */
    private long count(PresenceKey key, int change) {
        try {
            Long total = redis.execute(COUNT, List.of(nameOf(key)), instance, Integer.toString(change), marks);
            return total == null ? -1 : total;
        } catch (RuntimeException unreachable) {
            if (change != 0) {
                unsynced.add(key);
            }
            log.warn("Redis unreachable: presence of user {} on {} counted on this instance only ({})", key.userId(),
                    key.endpoint(), unreachable.toString());
            return -1;
        }
    }

    private String nameOf(PresenceKey key) {
        return keys + key.userId() + ":" + key.endpoint();
    }

    /**
     * Renews this instance's mark, and writes its true counts where a change could not be written. A mark that had to
     * be made again (it expired during an outage or a long pause, or Redis lost its data) means other instances may
     * have removed this one's counts: all of them are written again.
     */
    void beat() {
        try {
            String mark = marks + instance;
            boolean made = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(mark, "1", ttl));
            if (!made && !Boolean.TRUE.equals(redis.expire(mark, ttl))) {
                redis.opsForValue().set(mark, "1", ttl);
                made = true;
            }
            if (made) {
                unsynced.addAll(own.held());
            }
            for (PresenceKey key : Set.copyOf(unsynced)) {
                int count = own.count(key);
                if (count > 0) {
                    redis.opsForHash().put(nameOf(key), instance, Integer.toString(count));
                } else {
                    redis.opsForHash().delete(nameOf(key), instance);
                }
                unsynced.remove(key);
            }
        } catch (RuntimeException unreachable) {
            log.warn("Redis unreachable: this instance's presence mark not renewed ({})", unreachable.toString());
        }
    }

    /** This instance's id: its field in every presence hash. */
    String instance() {
        return instance;
    }

    @Override
    public void start() {
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("realtime-presence").daemon().factory());
        long every = ttl.toMillis() / 3;
        beat();
        beats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        heartbeat = beats;
    }

    /** Removes this instance's counts and mark: its sockets are gone. */
    @Override
    public void stop() {
        ScheduledExecutorService beats = heartbeat;
        heartbeat = null;
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        try {
            for (PresenceKey key : own.held()) {
                redis.opsForHash().delete(nameOf(key), instance);
            }
            redis.delete(marks + instance);
        } catch (RuntimeException unreachable) {
            log.warn("Redis unreachable: this instance's presence counts stay until its mark expires ({})", unreachable.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
