package com.skillconnect.app.realtime;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How frames reach the sockets of a user (ADR 26).
 *
 * @param backplane {@code local} (the default): this instance's own sockets and presence counts, enough for one
 *                  instance; nothing connects to Redis. {@code redis}: several instances share frames over Redis
 *                  pub/sub and count presence in Redis ({@code spring.data.redis.*}). Any other value stops the start
 *                  with a clear message rather than silently losing frames.
 * @param redis     the {@code redis} backplane's names and bounds
 */
@ConfigurationProperties("skillconnect.realtime")
record RealtimeProperties(String backplane, Redis redis) {

    static final String LOCAL = "local";
    static final String REDIS = "redis";
    static final String BACKPLANE = "skillconnect.realtime.backplane";

    RealtimeProperties {
        backplane = backplaneOf(backplane);
        if (!LOCAL.equals(backplane) && !REDIS.equals(backplane)) {
            throw new IllegalStateException(BACKPLANE + "=" + backplane + " is not known: use 'local' (one instance,"
                    + " the default) or 'redis' (several instances sharing WebSocket frames over Redis pub/sub)");
        }
        redis = redis == null ? new Redis(null, null) : redis;
    }

    /** The setting as the application reads it: blank is the default, case and spaces do not matter. */
    static String backplaneOf(String value) {
        return value == null || value.isBlank() ? LOCAL : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * @param prefix      starts the pub/sub channel's and the presence keys' names: instances that serve the same users
     *                    share it; two deployments on one Redis use different ones
     * @param instanceTtl how long a crashed instance's sockets still count in presence (a stopped instance removes its
     *                    own at once); every live instance renews its mark at a third of it
     */
    record Redis(String prefix, Duration instanceTtl) {

        static final String DEFAULT_PREFIX = "skillconnect:realtime";
        static final Duration DEFAULT_INSTANCE_TTL = Duration.ofSeconds(30);

        Redis {
            prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.trim();
            instanceTtl = instanceTtl == null ? DEFAULT_INSTANCE_TTL : instanceTtl;
            if (instanceTtl.compareTo(Duration.ofSeconds(3)) < 0) {
                throw new IllegalStateException("skillconnect.realtime.redis.instance-ttl=" + instanceTtl
                        + " is too short: at least 3s (every instance renews its mark at a third of it)");
            }
        }
    }
}
