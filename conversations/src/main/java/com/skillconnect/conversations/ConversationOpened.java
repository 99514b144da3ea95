package com.skillconnect.conversations;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The conversation of an order was opened (by the order's acceptance, a party's request or a payment message): raised
 * by the conversation itself and published when it is stored, exactly once per conversation (a replayed or racing
 * opening stores and publishes nothing). Billing keeps it to check a payment request's {@code conversation_id}.
 *
 * @param clientUser     the order's client
 * @param freelancerUser the order's freelancer
 */
@DomainEvent
public record ConversationOpened(ConversationId conversation, OrderType orderType, OrderId orderId, UserId clientUser,
        UserId freelancerUser, Instant openedAt) {

    public ConversationOpened {
        Objects.requireNonNull(conversation);
        Objects.requireNonNull(orderType);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(clientUser);
        Objects.requireNonNull(freelancerUser);
        Objects.requireNonNull(openedAt);
    }
}
