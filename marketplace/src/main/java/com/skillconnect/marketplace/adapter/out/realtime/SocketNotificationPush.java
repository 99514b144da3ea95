package com.skillconnect.marketplace.adapter.out.realtime;

import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationPush;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sends a stored notification to its recipient's sockets on {@value #ENDPOINT} (opened at
 * {@code adapter.in.ws.NotificationSocketEndpoint}) as one frame {@code {"notification": {…}}}: {@code id} is the
 * ORDER's id (the frontend highlights the order with that id), {@code notification_id} the stored notification's,
 * {@code client} the display name of who caused it. Exactly one frame per notification, no bare copy (the original
 * sent two and a bare one). The kernel's delivery sends it once the storing transaction commits.
 */
@Component
class SocketNotificationPush implements NotificationPush {

    /** The path of marketplace's notification sockets (the same as the endpoint's registration). */
    static final String ENDPOINT = "/ws/notifications/";

    private final RealtimeDelivery delivery;

    SocketNotificationPush(RealtimeDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void push(Notification stored) {
        delivery.send(stored.recipient().value(), ENDPOINT, new Frame(Frame.Body.of(stored)));
    }

    /** The frame the frontend reads: wrapped in {@code notification}. */
    record Frame(Body notification) {

        record Body(long id, long notificationId, long orderId, String orderType, String title, String client,
                String status, String text, boolean isRead, Instant createdAt) {

            static Body of(Notification stored) {
                return new Body(stored.orderId().value(), stored.id().value(), stored.orderId().value(),
                        stored.orderType().name().toLowerCase(Locale.ROOT), stored.title(), stored.actorName(),
                        stored.status().name().toLowerCase(Locale.ROOT), stored.text(), stored.isRead(), stored.createdAt());
            }
        }
    }
}
