package com.skillconnect.billing.adapter.in.ws;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A party's contracts socket: it only listens. The contracts of the order arrive as frames (pushed by
 * {@code adapter.out.realtime} to the sockets app's registry holds); what the client sends is ignored (contracts
 * change over REST).
 */
class ContractSocketHandler extends TextWebSocketHandler {

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // nothing to do: the socket carries frames one way
    }
}
