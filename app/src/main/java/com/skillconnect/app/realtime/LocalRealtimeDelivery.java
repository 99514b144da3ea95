package com.skillconnect.app.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RealtimeDelivery} on one instance ({@code skillconnect.realtime.backplane=local}): the frame is written
 * (as JSON, with the application's snake_case mapper) to the user's sockets that this instance's
 * {@link SocketSessionRegistry} holds; after the caller's transaction commits when there is one.
 */
class LocalRealtimeDelivery implements RealtimeDelivery {

    private final SocketSessionRegistry registry;
    private final JsonMapper json;

    LocalRealtimeDelivery(SocketSessionRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void send(long userId, String endpoint, Object frame) {
        String text = json.writeValueAsString(frame);
        AfterCommit.run(() -> registry.write(userId, endpoint, text));
    }
}
