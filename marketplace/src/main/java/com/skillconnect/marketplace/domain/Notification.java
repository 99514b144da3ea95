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
 * when it is new. One per recipient, order and status ({@link #about}): the key that makes a replayed event change
 * nothing. Its reader marks it read ({@link #markRead()}); nothing else changes.
 */
@AggregateRoot
public class Notification {

    @Identity
    private final NotificationId id;
    private final UserId recipient;
    private final OrderType orderType;
    private final OrderId orderId;
    private final OrderStatus status;
    private final String title;
    private final String text;
    private final String actorName;
    private final Instant createdAt;
    private boolean read;

    /**
     * @param id        null until stored
     * @param actorName the display name of who caused it (the frame's {@code client})
     */
    public Notification(NotificationId id, UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
            String title, String text, String actorName, Instant createdAt, boolean read) {
        this.id = id;
        this.recipient = Objects.requireNonNull(recipient);
        this.orderType = Objects.requireNonNull(orderType);
        this.orderId = Objects.requireNonNull(orderId);
        this.status = Objects.requireNonNull(status);
        this.title = title == null ? "" : title;
        this.text = Objects.requireNonNull(text);
        this.actorName = Objects.requireNonNull(actorName);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.read = read;
    }

    /** A new, unread notification, not stored yet. */
    public static Notification about(UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
            String title, String text, String actorName, Instant createdAt) {
        return new Notification(null, recipient, orderType, orderId, status, title, text, actorName, createdAt, false);
    }

    /** The same notification as stored under {@code id}. */
    public Notification storedAs(NotificationId id) {
        return new Notification(Objects.requireNonNull(id), recipient, orderType, orderId, status, title, text, actorName,
                createdAt, read);
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
