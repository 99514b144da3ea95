package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.conversations.domain.ConversationQueries;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.OrderBook;
import com.skillconnect.conversations.domain.OrderRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the conversation of an order, at most one per order (the store's unique key decides, even between racing
 * calls): by a party's request (an order that is missing, of the other kind or not the caller's is "not found", the
 * same answer), or by itself when the order is accepted or a payment is requested on it.
 */
@Service
public class ConversationOpening {

    private final Conversations conversations;
    private final OrderBook orders;
    private final ConversationQueries queries;
    private final Clock clock;

    ConversationOpening(Conversations conversations, OrderBook orders, ConversationQueries queries, Clock clock) {
        this.conversations = conversations;
        this.orders = orders;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a party's request answers: the conversation, and whether it was opened now. */
    public record Opened(ConversationView conversation, boolean created) {
    }

    @Transactional
    public Opened open(UserId caller, OrderType type, long orderId) {
        OrderRef order = (orderId <= 0 ? Optional.<OrderRef>empty() : orders.find(new OrderId(orderId)))
                .filter(known -> known.type() == type && known.hasParty(caller))
                .orElseThrow(() -> new RuleViolationException(Violation.of("order_id", ConversationCodes.ORDER_NOT_FOUND)));
        Optional<Conversation> created = conversations.openUnlessOpen(
                Conversation.open(conversations.nextId(), order, now()));
        Conversation conversation = created.or(() -> conversations.findByOrder(order.orderId())).orElseThrow();
        return new Opened(queries.one(conversation.id(), caller).orElseThrow(), created.isPresent());
    }

    /** The order's conversation, opened now if it was not (the order must be known). */
    @Transactional
    public Conversation openFor(OrderId orderId) {
        return conversations.findByOrder(orderId).orElseGet(() -> {
            OrderRef order = orders.find(orderId)
                    .orElseThrow(() -> new IllegalStateException("Order " + orderId + " is not known to conversations yet"));
            return conversations.openUnlessOpen(Conversation.open(conversations.nextId(), order, now()))
                    .or(() -> conversations.findByOrder(orderId)).orElseThrow();
        });
    }

    /** Now, as the database keeps it (microseconds), so that ConversationOpened says what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
