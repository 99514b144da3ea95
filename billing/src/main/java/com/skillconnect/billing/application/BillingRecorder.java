package com.skillconnect.billing.application;

import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.billing.domain.OrderRef;
import com.skillconnect.billing.domain.PartyCards;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps billing's copy of marketplace's orders (parties, title, status: which may get a contract) and of talent's
 * cards (the names shown with contracts and payment requests); the latest {@code changedAt} wins, so a replayed or
 * late event changes nothing.
 */
@Component
class BillingRecorder {

    private final OrderBook orders;
    private final PartyCards cards;

    BillingRecorder(OrderBook orders, PartyCards cards) {
        this.orders = orders;
        this.cards = cards;
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

    private static long id(ClientId client) {
        return client == null ? 0 : client.value();
    }

    private static long id(FreelancerId freelancer) {
        return freelancer == null ? 0 : freelancer.value();
    }
}
