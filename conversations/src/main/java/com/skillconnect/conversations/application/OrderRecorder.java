package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.OrderBook;
import com.skillconnect.conversations.domain.OrderRef;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps conversations' copy of marketplace's orders (parties, title, price, days; the latest {@code changedAt}
 * wins), and what the order's conversation shows of it in the list, and opens an order's conversation when it is accepted: once, however often the event is delivered (one
 * conversation per order).
 */
@Component
class OrderRecorder {

    private final OrderBook orders;
    private final Conversations conversations;
    private final ConversationOpening opening;

    OrderRecorder(OrderBook orders, Conversations conversations, ConversationOpening opening) {
        this.orders = orders;
        this.conversations = conversations;
        this.opening = opening;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        keep(new OrderRef(event.orderId(), event.type(), event.clientUser(), id(event.client()),
                event.freelancerUser(), id(event.freelancer()), event.title(), event.priceMin(), event.priceMax(),
                event.days()), OrderStatus.PENDING, event.placedAt());
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        keep(new OrderRef(event.orderId(), event.type(), event.clientUser(), id(event.client()),
                event.freelancerUser(), id(event.freelancer()), event.title(), event.priceMin(), event.priceMax(),
                event.days()), event.status(), event.changedAt());
        if (event.status() == OrderStatus.ACCEPTED) {
            opening.openFor(event.orderId());
        }
    }

    private void keep(OrderRef order, OrderStatus status, Instant changedAt) {
        if (orders.keep(order, status, changedAt)) {
            conversations.orderChanged(order.orderId());
        }
    }

    private static long id(com.skillconnect.talent.ClientId client) {
        return client == null ? 0 : client.value();
    }

    private static long id(com.skillconnect.talent.FreelancerId freelancer) {
        return freelancer == null ? 0 : freelancer.value();
    }
}
