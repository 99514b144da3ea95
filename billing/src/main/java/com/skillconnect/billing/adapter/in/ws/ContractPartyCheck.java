package com.skillconnect.billing.adapter.in.ws;

import com.skillconnect.billing.application.ContractWatch;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.spring.HandshakeRefusal;
import com.skillconnect.marketplace.OrderType;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The contracts socket's second handshake check, after app's authentication: the path must name an order type
 * ({@code service} or {@code proposal}) and an order id, and the user app authenticated
 * ({@link RealtimeDelivery#USER_ID_ATTRIBUTE}) must be a party of that order as billing knows it; else 404
 * {@code {"detail": "Not found."}} and no upgrade (a stranger learns nothing, not even that the order exists, as the
 * chat socket and the REST API answer).
 */
class ContractPartyCheck implements HandshakeInterceptor {

    private static final Pattern PATH = Pattern.compile(".*/contracts/(service|proposal)/([1-9][0-9]{0,17})/*");

    private final ContractWatch watch;

    ContractPartyCheck(ContractWatch watch) {
        this.watch = watch;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        OptionalLong user = RealtimeDelivery.userOf(attributes);
        Matcher path = PATH.matcher(request.getURI().getPath());
        if (user.isPresent() && path.matches() && watch.isParty(new UserId(user.getAsLong()),
                path.group(1).equals("service") ? OrderType.SERVICE : OrderType.PROPOSAL, Long.parseLong(path.group(2)))) {
            return true;
        }
        return HandshakeRefusal.notFound(response);
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }
}
