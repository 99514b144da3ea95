package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.ConversationOpened;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The conversation of one order between its client and its freelancer, the only two users who may read it, write
 * to it or open its socket. Its messages ({@code Message}) are kept beside it (too many to load with it); the per-party state
 * (unread count, archive flag, read mark) is kept per participant. Opening one raises {@link ConversationOpened},
 * which its repository publishes only when it really stores it (one conversation, and one event, per order). A
 * conversation stored before that event existed is {@link #announce() announced} once afterwards.
 */
@AggregateRoot
public class Conversation extends EventRecordingAggregate {

    @Identity
    private final ConversationId id;
    private final OrderId orderId;
    private final OrderType orderType;
    private final UserId clientUser;
    private final UserId freelancerUser;
    private final Instant createdAt;

    /** Rebuilds a conversation from storage; no event is raised. */
    public Conversation(ConversationId id, OrderId orderId, OrderType orderType, UserId clientUser, UserId freelancerUser,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderType = Objects.requireNonNull(orderType);
        this.clientUser = Objects.requireNonNull(clientUser);
        this.freelancerUser = Objects.requireNonNull(freelancerUser);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Opens the order's conversation (not stored yet): raises {@link ConversationOpened}. */
    public static Conversation open(ConversationId id, OrderRef order, Instant now) {
        Conversation conversation = new Conversation(id, order.orderId(), order.type(), order.clientUser(),
                order.freelancerUser(), now);
        conversation.raise(new ConversationOpened(id, order.type(), order.orderId(), order.clientUser(),
                order.freelancerUser(), now));
        return conversation;
    }

    /**
     * Announces a conversation stored without its {@link ConversationOpened} (before the event existed): raises it as
     * {@link #open} did, opened when the conversation was created.
     */
    public void announce() {
        raise(new ConversationOpened(id, orderType, orderId, clientUser, freelancerUser, createdAt));
    }

    public boolean hasParty(UserId user) {
        return clientUser.equals(user) || freelancerUser.equals(user);
    }

    /** The other party of {@code user} (a party). */
    public UserId otherParty(UserId user) {
        if (!hasParty(user)) {
            throw new IllegalArgumentException(user + " is no party of conversation " + id);
        }
        return clientUser.equals(user) ? freelancerUser : clientUser;
    }

    public Optional<PartyRole> roleOf(UserId user) {
        return clientUser.equals(user) ? Optional.of(PartyRole.CLIENT)
                : freelancerUser.equals(user) ? Optional.of(PartyRole.FREELANCER) : Optional.empty();
    }

    public ConversationId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderType orderType() {
        return orderType;
    }

    public UserId clientUser() {
        return clientUser;
    }

    public UserId freelancerUser() {
        return freelancerUser;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
