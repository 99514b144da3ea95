package com.skillconnect.billing.application;

import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may watch an order's contracts live ({@code /ws/messaging/contracts/<order_type>/<order_id>/}): the order's two
 * parties, as billing's copy of marketplace's orders knows them. What they see is pushed by {@link ContractBroadcast}.
 */
@Service
public class ContractWatch {

    private final OrderBook orders;

    ContractWatch(OrderBook orders) {
        this.orders = orders;
    }

    /** Whether {@code user} is a party of the order of that type and id (any status). */
    @Transactional(readOnly = true)
    public boolean isParty(UserId user, OrderType type, long orderId) {
        return orderId > 0 && orders.find(new OrderId(orderId))
                .filter(order -> order.type() == type && order.hasParty(user))
                .isPresent();
    }
}
