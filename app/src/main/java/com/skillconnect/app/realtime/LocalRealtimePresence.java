package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimePresence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RealtimePresence} on one instance ({@code skillconnect.realtime.backplane=local}): counts in memory. */
class LocalRealtimePresence implements RealtimePresence {

    private record Key(long userId, String endpoint) {
    }

    private final Map<Key, Integer> sockets = new ConcurrentHashMap<>();

    @Override
    public boolean opened(long userId, String endpoint) {
        return sockets.merge(key(userId, endpoint), 1, Integer::sum) == 1;
    }

    @Override
    public boolean closed(long userId, String endpoint) {
        boolean[] last = new boolean[1];
        sockets.computeIfPresent(key(userId, endpoint), (key, count) -> {
            last[0] = count == 1;
            return count == 1 ? null : count - 1;
        });
        return last[0];
    }

    @Override
    public boolean online(long userId, String endpoint) {
        return sockets.containsKey(key(userId, endpoint));
    }

    private static Key key(long userId, String endpoint) {
        return new Key(userId, Endpoints.normalized(endpoint));
    }
}
