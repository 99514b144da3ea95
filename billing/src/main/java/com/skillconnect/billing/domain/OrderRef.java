package com.skillconnect.billing.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An order as billing knows it from marketplace's events: its parties (users, and profile ids, 0 when unknown), its
 * title and its status. Only an accepted order's parties may contract.
 */
@ValueObject
public record OrderRef(OrderId orderId, OrderType type, UserId clientUser, long clientId, UserId freelancerUser,
        long freelancerId, String title, OrderStatus status) {

    public OrderRef {
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        Objects.requireNonNull(status);
        title = title == null ? "" : title;
    }

    public boolean hasParty(UserId user) {
        return clientUser.equals(user) || freelancerUser.equals(user);
    }
}
