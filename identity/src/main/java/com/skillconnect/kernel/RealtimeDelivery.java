package com.skillconnect.kernel;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The one way a module pushes a frame to a user's open WebSockets, whatever instance holds them. The module
 * names the user and the endpoint the sockets were opened on (its own path, e.g. {@code /ws/notifications/};
 * a trailing slash or none is the same endpoint); app finds that user's sockets through its session registry
 * and writes the frame as one JSON text message to each of them. Which backplane carries the frame
 * ({@code skillconnect.realtime.backplane}: {@code local} today, {@code redis} when several instances run) is
 * app's choice, so that the instance count changes no module code.
 * <p>
 * Contract: called inside a transaction, the frame leaves only after that transaction commits, and never
 * if it rolls back (a frame must not announce what was not stored); outside one, at once. Delivery is best
 * effort: a user with no open socket gets nothing, a broken socket is skipped; what the user must not miss is
 * stored by the module and read over REST.
 * <p>
 * Plain Java (the kernel's base package); user ids are plain numbers here because the kernel knows no
 * module's types ({@code UserId#value()}).
 */
public interface RealtimeDelivery {

    /** The handshake attribute under which app leaves the authenticated user's id (a {@code Long}). */
    String USER_ID_ATTRIBUTE = "skillconnect.realtime.userId";

    /** Pushes {@code frame} (serialized as JSON, snake_case) to every socket {@code userId} has open on {@code endpoint}. */
    void send(long userId, String endpoint, Object frame);

    /** The user a socket was opened by, from its session attributes (app authenticated the handshake). */
    static OptionalLong userOf(Map<String, Object> sessionAttributes) {
        return sessionAttributes.get(USER_ID_ATTRIBUTE) instanceof Long id ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
