package com.skillconnect.billing.application;

import com.skillconnect.billing.ContractChanged;
import com.skillconnect.billing.domain.ContractPush;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watching an order's contracts live ({@code /ws/messaging/contracts/<order_type>/<order_id>/}): who may watch (the
 * order's two parties, as billing's copy of marketplace's orders knows them), and the push of every created or
 * changed contract to both parties' sockets on its order.
 * <p>
 * The push listens to {@link ContractChanged} <em>synchronously</em>, inside the transaction that saved the contract:
 * it reads the contract as that transaction wrote it and hands it to {@link ContractPush}, whose frames leave only
 * after the commit (the kernel's delivery contract), so a rolled-back change is never announced. No event
 * publication is stored for it: a frame is best effort (what must not be missed is read over REST), as conversations'
 * chat frames, which its use cases push the same way.
 */
@Service
public class ContractWatch {

    private final OrderBook orders;
    private final Contracts contracts;
    private final ContractPush push;

    ContractWatch(OrderBook orders, Contracts contracts, ContractPush push) {
        this.orders = orders;
        this.contracts = contracts;
        this.push = push;
    }

    /** Whether {@code user} is a party of the order of that type and id (any status). */
    @Transactional(readOnly = true)
    public boolean isParty(UserId user, OrderType type, long orderId) {
        return orderId > 0 && orders.find(new OrderId(orderId))
                .filter(order -> order.type() == type && order.hasParty(user))
                .isPresent();
    }

    @EventListener
    void on(ContractChanged event) {
        contracts.find(event.contract()).ifPresent(push::changed);
    }
}
