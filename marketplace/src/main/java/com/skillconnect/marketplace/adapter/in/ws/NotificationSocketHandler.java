package com.skillconnect.marketplace.adapter.in.ws;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The notification socket only listens: frames go from the server to the user. What the client sends is ignored
 * (the original's frontend sends nothing on it).
 */
class NotificationSocketHandler extends TextWebSocketHandler {

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // nothing to do: the socket carries notifications one way
    }
}
