package com.skillconnect.marketplace.application;

import com.skillconnect.marketplace.NotificationRequested;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationPush;
import com.skillconnect.marketplace.domain.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stores the notifications other modules ask for ({@link NotificationRequested}: billing's payment received) and
 * pushes each to its recipient's sockets, as {@link OrderNotifier} does with marketplace's own: in its own transaction
 * after the requester's commits, retried from the event publication registry if the process dies, and a replayed
 * request finds its notification stored already (recipient, order, status, topic) and neither stores nor pushes
 * anything.
 */
@Component
class RequestedNotifier {

    private final Notifications notifications;
    private final NotificationPush push;

    RequestedNotifier(Notifications notifications, NotificationPush push) {
        this.notifications = notifications;
        this.push = push;
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        notifications.addUnlessKnown(Notification.requested(request.recipient(), request.orderType(), request.orderId(),
                request.status(), request.topic(), request.title(), request.text(), request.actorName(),
                request.requestedAt())).ifPresent(push::push);
    }
}
