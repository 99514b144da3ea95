package com.skillconnect.conversations.adapter.in.ws;

import com.skillconnect.conversations.application.ChatRoom;
import com.skillconnect.conversations.application.MessagePosting;
import com.skillconnect.kernel.ViolationMessages;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/messaging/chat/<conversation_id>/?token=<access>}: a conversation's chat socket. The handshake is
 * authenticated by app's {@link HandshakeInterceptor} (an access token of an active session, else 401 and no
 * upgrade), then {@link ChatPartyCheck} refuses anyone but the conversation's two parties (404, no upgrade). The
 * socket enters app's session registry through its {@link WebSocketHandlerDecoratorFactory}, where the chat frames
 * find it. Origins: app's interceptor checks them, so Spring's same-origin default is lifted here.
 */
@Configuration(proxyBeanMethods = false)
class ChatSocketEndpoint implements WebSocketConfigurer {

    static final String PATH = "/ws/messaging/chat/*";

    private final HandshakeInterceptor authentication;
    private final WebSocketHandlerDecoratorFactory registeredSockets;
    private final ChatRoom room;
    private final MessagePosting posting;
    private final List<ViolationMessages> words;
    private final JsonMapper json;

    ChatSocketEndpoint(HandshakeInterceptor authentication, WebSocketHandlerDecoratorFactory registeredSockets,
            ChatRoom room, MessagePosting posting, List<ViolationMessages> words, JsonMapper json) {
        this.authentication = authentication;
        this.registeredSockets = registeredSockets;
        this.room = room;
        this.posting = posting;
        this.words = words;
        this.json = json;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(registeredSockets.decorate(new ChatSocketHandler(room, posting, words, json)), PATH, PATH + "/")
                .addInterceptors(authentication, new ChatPartyCheck(room))
                .setAllowedOriginPatterns("*");
    }
}
