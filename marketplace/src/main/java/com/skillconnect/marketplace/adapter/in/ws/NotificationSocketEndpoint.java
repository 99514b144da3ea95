package com.skillconnect.marketplace.adapter.in.ws;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * {@code /ws/notifications/?token=<access>}: the user's notification socket. The handshake is authenticated by app's
 * {@link HandshakeInterceptor} (an access token of an active session, else 401 and no upgrade); the socket enters
 * app's session registry through its {@link WebSocketHandlerDecoratorFactory}, where marketplace's notification
 * frames find it. Origins: app's interceptor checks a browser's {@code Origin} against the CORS origins, so Spring's
 * own same-origin default is lifted here.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSocketEndpoint implements WebSocketConfigurer {

    static final String PATH = "/ws/notifications";

    private final HandshakeInterceptor authentication;
    private final WebSocketHandlerDecoratorFactory registeredSockets;

    NotificationSocketEndpoint(HandshakeInterceptor authentication, WebSocketHandlerDecoratorFactory registeredSockets) {
        this.authentication = authentication;
        this.registeredSockets = registeredSockets;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(registeredSockets.decorate(new NotificationSocketHandler()), PATH, PATH + "/")
                .addInterceptors(authentication)
                .setAllowedOriginPatterns("*");
    }
}
