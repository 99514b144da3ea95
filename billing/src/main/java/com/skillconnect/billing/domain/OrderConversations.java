package com.skillconnect.billing.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.marketplace.OrderId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Billing's own copy of which conversation is an order's, kept from conversations' {@code ConversationOpened} (one
 * conversation per order, never moved): what a payment request's {@code conversation_id} is checked against.
 */
@SecondaryPort
public interface OrderConversations {

    /**
     * Keeps the order's conversation unless one is kept already: a replayed event changes nothing.
     *
     * @return true when it was not known before
     */
    boolean keep(OrderId order, ConversationId conversation);

    /** The order's conversation, or empty when conversations has not announced one (yet). */
    Optional<ConversationId> of(OrderId order);
}
