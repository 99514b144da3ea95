package com.skillconnect.conversations.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An order as conversations knows it from marketplace's events: its parties (users and profile ids; a profile id
 * may be unknown, 0), and what a conversation shows of it (title, price range, days).
 */
@ValueObject
public record OrderRef(OrderId orderId, OrderType type, UserId clientUser, long clientId, UserId freelancerUser,
        long freelancerId, String title, BigDecimal priceMin, BigDecimal priceMax, int days) {

    public OrderRef {
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        title = title == null ? "" : title;
    }

    public boolean hasParty(UserId user) {
        return clientUser.equals(user) || freelancerUser.equals(user);
    }
}
