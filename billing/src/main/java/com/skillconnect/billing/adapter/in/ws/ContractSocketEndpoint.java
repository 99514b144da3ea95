package com.skillconnect.billing.adapter.in.ws;

import com.skillconnect.billing.application.ContractWatch;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * {@code /ws/messaging/contracts/<order_type>/<order_id>/?token=<access>}: an order's contracts, live. The handshake is
 * authenticated by app's {@link HandshakeInterceptor} (an access token of an active session, else 401 and no upgrade),
 * then {@link ContractPartyCheck} refuses a bad order type, an unknown order and anyone but the order's two parties
 * (404, no upgrade). The socket enters app's session registry through its {@link WebSocketHandlerDecoratorFactory},
 * where the contract frames find it. Origins: app's interceptor checks them, so Spring's same-origin default is lifted.
 */
@Configuration(proxyBeanMethods = false)
class ContractSocketEndpoint implements WebSocketConfigurer {

    static final String PATH = "/ws/messaging/contracts/*/*";

    private final HandshakeInterceptor authentication;
    private final WebSocketHandlerDecoratorFactory registeredSockets;
    private final ContractWatch watch;

    ContractSocketEndpoint(HandshakeInterceptor authentication, WebSocketHandlerDecoratorFactory registeredSockets,
            ContractWatch watch) {
        this.authentication = authentication;
        this.registeredSockets = registeredSockets;
        this.watch = watch;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(registeredSockets.decorate(new ContractSocketHandler()), PATH, PATH + "/")
                .addInterceptors(authentication, new ContractPartyCheck(watch))
                .setAllowedOriginPatterns("*");
    }
}
