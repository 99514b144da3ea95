package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationId;
import com.skillconnect.marketplace.domain.NotificationInbox;
import com.skillconnect.marketplace.domain.NotificationPage;
import com.skillconnect.marketplace.domain.Notifications;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Notifications} and the {@link NotificationInbox} in {@code marketplace.notification} (the inbox reads the same
 * rows, newest first, on the index {@code notification_recipient_newest_idx}; two statements per page). A new notification is inserted with
 * {@code on conflict do nothing} on the keys {@code notification_once} (recipient, order type and id, status, topic)
 * and {@code notification_topic_once} (a requested notice: recipient, order type and id, topic), so a
 * replayed event, even two deliveries racing, stores one row and only the first learns it stored it.
 */
@Component
class JdbcNotifications implements Notifications, NotificationInbox {

    private final JdbcTemplate jdbc;

    JdbcNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Notification> addUnlessKnown(Notification notification) {
        return jdbc.query("""
                insert into marketplace.notification (id, recipient_user_id, order_type, order_id, status, topic, title,
                    text, actor_name, is_read, created_at)
                values (nextval('marketplace.notification_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                returning id
                """, (row, n) -> notification.storedAs(new NotificationId(row.getLong("id"))),
                notification.recipient().value(), notification.orderType().name(), notification.orderId().value(),
                notification.status().name(), notification.topic(), notification.title(), notification.text(),
                notification.actorName(), notification.isRead(), Timestamp.from(notification.createdAt()))
                .stream().findFirst();
    }

    @Override
    public Optional<Notification> findOwn(NotificationId id, UserId recipient) {
        return jdbc.query("select " + NotificationRows.COLUMNS + " from marketplace.notification where id = ? and recipient_user_id = ?",
                NotificationRows::notification, id.value(), recipient.value()).stream().findFirst();
    }

    @Override
    public Notification save(Notification notification) {
        jdbc.update("update marketplace.notification set is_read = ? where id = ?", notification.isRead(),
                notification.id().value());
        return notification;
    }

    @Override
    public int markAllRead(UserId recipient) {
        return jdbc.update("update marketplace.notification set is_read = true where recipient_user_id = ? and not is_read",
                recipient.value());
    }

    @Override
    public NotificationPage page(UserId recipient, long offset, int limit) {
        long total = jdbc.queryForObject("select count(*) from marketplace.notification where recipient_user_id = ?",
                Long.class, recipient.value());
        if (total == 0 || offset >= total) {
            return new NotificationPage(List.of(), total);
        }
        return new NotificationPage(jdbc.query("select " + NotificationRows.COLUMNS + " from marketplace.notification"
                + " where recipient_user_id = ? order by created_at desc, id desc offset ? limit ?",
                NotificationRows::notification, recipient.value(), offset, limit), total);
    }

    @Override
    public long unread(UserId recipient) {
        return jdbc.queryForObject("select count(*) from marketplace.notification where recipient_user_id = ? and not is_read",
                Long.class, recipient.value());
    }
}
