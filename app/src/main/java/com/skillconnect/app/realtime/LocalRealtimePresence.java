package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimePresence;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RealtimePresence} on one instance ({@code skillconnect.realtime.backplane=local}): counts in memory. The
 * {@code redis} backplane keeps one too, for the sockets of its own instance.
 */
class LocalRealtimePresence implements RealtimePresence {

    private final Map<PresenceKey, Integer> sockets = new ConcurrentHashMap<>();

    @Override
    public boolean opened(long userId, String endpoint) {
        return sockets.merge(new PresenceKey(userId, endpoint), 1, Integer::sum) == 1;
    }

    @Override
    public boolean closed(long userId, String endpoint) {
        boolean[] last = new boolean[1];
        sockets.computeIfPresent(new PresenceKey(userId, endpoint), (key, count) -> {
            last[0] = count == 1;
            return count == 1 ? null : count - 1;
        });
        return last[0];
    }

    @Override
    public boolean online(long userId, String endpoint) {
        return sockets.containsKey(new PresenceKey(userId, endpoint));
    }

    /** How many sockets are counted for the key (0 when none). */
    int count(PresenceKey key) {
        return sockets.getOrDefault(key, 0);
    }

    /** The keys with at least one socket counted. */
    Set<PresenceKey> held() {
        return Set.copyOf(sockets.keySet());
    }
}
