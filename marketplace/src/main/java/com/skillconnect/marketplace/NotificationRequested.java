package com.skillconnect.marketplace;

import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Another module asks marketplace to tell a party of an order something about it: marketplace keeps the user's
 * notifications (stored, listed over REST, pushed on {@code /ws/notifications/}), and a module that depends on
 * marketplace (billing, when a payment is received) cannot be listened to by marketplace without a cycle, so it publishes
 * this request, declared here, and marketplace stores and pushes it like its own order notices: one notification per
 * recipient, order, status and {@code topic}, so a replayed request stores and pushes nothing.
 *
 * @param status    the order's status the notification shows
 * @param topic     what about the order it says, unique per notice the requester means (e.g.
 *                  {@code payment_request:17}); never blank (blank is marketplace's own order notices)
 * @param title     the notification's title (marketplace's own use the order's title)
 * @param actorName the display name of who caused it (the frame's {@code client})
 */
@DomainEvent
public record NotificationRequested(UserId recipient, OrderType orderType, OrderId orderId, OrderStatus status,
        String topic, String title, String text, String actorName, Instant requestedAt) {

    public NotificationRequested {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(orderType);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(text);
        Objects.requireNonNull(actorName);
        Objects.requireNonNull(requestedAt);
        if (topic.isBlank() || topic.length() > 64) {
            throw new IllegalArgumentException("A topic is 1 to 64 characters, not blank");
        }
        title = title == null ? "" : title;
    }
}
