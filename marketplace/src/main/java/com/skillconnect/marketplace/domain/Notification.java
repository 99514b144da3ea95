package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * What a party of an order is told about it: a new order or application, or a status change made by the other
 * party (or by marketplace). Stored, so that a user who was offline finds it; pushed to the user's open sockets
 * when it is new. One per recipient, order, status and topic ({@link #about}; {@link #requested} for the notices
 * other modules ask for): the key that makes a replayed event change nothing. Its reader marks it read ({@link #markRead()}); nothing else changes.
 */
@AggregateRoot
public class Notification {

    @Identity
    private final NotificationId id;
    private final UserId recipient;
    private final OrderType orderType;
    private final OrderId orderId;
    private final OrderStatus status;
    private final String topic;
    private final String title;
    private final String text;
    private final String actorName;
    private final Instant createdAt;
    private boolean read;

    /**
     * @param id        null until stored
     * @param topic     what about the order it says beyond its status: blank for marketplace's own order notices,
     *                  another module's key for the notices it requests ({@code NotificationRequested})
     * @param actorName the display name of who caused it (the frame's {@code client})
     */
    public Notification(NotificationId id, UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
            String topic, String title, String text, String actorName, Instant createdAt, boolean read) {
        this.id = id;
        this.recipient = Objects.requireNonNull(recipient);
        this.orderType = Objects.requireNonNull(orderType);
        this.orderId = Objects.requireNonNull(orderId);
        this.status = Objects.requireNonNull(status);
        this.topic = topic == null ? "" : topic;
        this.title = title == null ? "" : title;
        this.text = Objects.requireNonNull(text);
        this.actorName = Objects.requireNonNull(actorName);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.read = read;
    }

    /** A new, unread notice of marketplace's own about an order's status, not stored yet. */
    public static Notification about(UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
            String title, String text, String actorName, Instant createdAt) {
        return new Notification(null, recipient, orderType, orderId, status, "", title, text, actorName, createdAt,
                false);
    }

    /** A new, unread notice another module asked for ({@code topic} not blank), not stored yet. */
    public static Notification requested(UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
            String topic, String title, String text, String actorName, Instant createdAt) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("A requested notification names its topic");
        }
        return new Notification(null, recipient, orderType, orderId, status, topic, title, text, actorName, createdAt,
                false);
    }

    /** The same notification as stored under {@code id}. */
    public Notification storedAs(NotificationId id) {
        return new Notification(Objects.requireNonNull(id), recipient, orderType, orderId, status, topic, title, text,
                actorName, createdAt, read);
    }

    public void markRead() {
        read = true;
    }

    public boolean isAddressedTo(UserId user) {
        return recipient.equals(user);
    }

    public NotificationId id() {
        return id;
    }

    public UserId recipient() {
        return recipient;
    }

    public OrderType orderType() {
        return orderType;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }

    /** Blank for an order notice of marketplace's own; the requesting module's key otherwise. */
    public String topic() {
        return topic;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String actorName() {
        return actorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return read;
    }
}
