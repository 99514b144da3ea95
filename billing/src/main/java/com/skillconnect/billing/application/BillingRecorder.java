package com.skillconnect.billing.application;

import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.billing.domain.OrderConversations;
import com.skillconnect.billing.domain.OrderRef;
import com.skillconnect.billing.domain.PartyCards;
import com.skillconnect.conversations.ConversationOpened;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps billing's copy of marketplace's orders (parties, title, status: which may get a contract), of talent's
 * cards (the names shown with contracts and payment requests) and of conversations' order conversations (what a
 * payment request's conversation_id must name); the latest {@code changedAt} wins (a conversation, once known, stays),
 * so a replayed or late event changes nothing.
 */
@Component
class BillingRecorder {

    private final OrderBook orders;
    private final PartyCards cards;
    private final OrderConversations conversations;

    BillingRecorder(OrderBook orders, PartyCards cards, OrderConversations conversations) {
        this.orders = orders;
        this.cards = cards;
        this.conversations = conversations;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        orders.keep(new OrderRef(event.orderId(), event.type(), event.clientUser(), id(event.client()),
                event.freelancerUser(), id(event.freelancer()), event.title(), OrderStatus.PENDING), event.placedAt());
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        orders.keep(new OrderRef(event.orderId(), event.type(), event.clientUser(), id(event.client()),
                event.freelancerUser(), id(event.freelancer()), event.title(), event.status()), event.changedAt());
    }

    @ApplicationModuleListener
    void on(ProfileCardChanged card) {
        cards.keep(card);
    }

    @ApplicationModuleListener
    void on(ConversationOpened opened) {
        conversations.keep(opened.orderId(), opened.conversation());
    }

    private static long id(ClientId client) {
        return client == null ? 0 : client.value();
    }

    private static long id(FreelancerId freelancer) {
        return freelancer == null ? 0 : freelancer.value();
    }
}
