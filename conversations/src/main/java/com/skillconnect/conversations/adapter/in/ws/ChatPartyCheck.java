package com.skillconnect.conversations.adapter.in.ws;

import com.skillconnect.conversations.application.ChatRoom;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.spring.HandshakeRefusal;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The chat socket's second handshake check, after app's authentication: the user app authenticated
 * ({@link RealtimeDelivery#USER_ID_ATTRIBUTE}) must be a party of the conversation named by the path, else 404
 * {@code {"detail": "Not found."}} and no upgrade (a stranger learns nothing, not even that it exists). On success the
 * conversation's id is left in the session attributes under {@link #CONVERSATION_ATTRIBUTE}.
 */
class ChatPartyCheck implements HandshakeInterceptor {

    static final String CONVERSATION_ATTRIBUTE = "skillconnect.conversations.conversationId";

    private final ChatRoom room;

    ChatPartyCheck(ChatRoom room) {
        this.room = room;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        OptionalLong user = RealtimeDelivery.userOf(attributes);
        long conversation = conversationOf(request.getURI().getPath());
        if (user.isPresent() && conversation > 0 && room.isParty(new UserId(user.getAsLong()), conversation)) {
            attributes.put(CONVERSATION_ATTRIBUTE, conversation);
            return true;
        }
        return HandshakeRefusal.notFound(response);
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    /** The conversation id of {@code /ws/messaging/chat/<id>/}, or 0 when the path names none. */
    static long conversationOf(String path) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        String last = segments[segments.length - 1];
        return last.matches("[0-9]{1,18}") ? Long.parseLong(last) : 0;
    }
}
