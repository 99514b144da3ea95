package com.skillconnect.marketplace.application;

import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationPush;
import com.skillconnect.marketplace.domain.Notifications;
import com.skillconnect.marketplace.domain.OrderNotices;
import com.skillconnect.marketplace.domain.Parties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns marketplace's own order events into notifications for the party that must act ({@link OrderNotices}):
 * stored, then pushed to that user's sockets once the listener's transaction commits. Each event is handled in its
 * own transaction, after the order's commits, and retried from the event publication registry if the process
 * dies; a replayed event finds its notification stored already and neither stores nor pushes anything.
 */
@Component
class OrderNotifier {

    private final OrderNotices notices;
    private final Notifications notifications;
    private final NotificationPush push;

    OrderNotifier(Parties parties, Notifications notifications, NotificationPush push) {
        this.notices = new OrderNotices(parties);
        this.notifications = notifications;
        this.push = push;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        tell(notices.placed(event));
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        tell(notices.statusChanged(event));
    }

    private void tell(Notification notification) {
        notifications.addUnlessKnown(notification).ifPresent(push::push);
    }
}
