package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code marketplace.notification} as a {@link Notification}: the columns to select and the mapping. */
final class NotificationRows {

    static final String COLUMNS =
            "id, recipient_user_id, order_type, order_id, status, topic, title, text, actor_name, is_read, created_at";

    private NotificationRows() {
    }

    static Notification notification(ResultSet row, int rowNumber) throws SQLException {
        return new Notification(new NotificationId(row.getLong("id")), new UserId(row.getLong("recipient_user_id")),
                OrderType.valueOf(row.getString("order_type")), new OrderId(row.getLong("order_id")),
                OrderStatus.valueOf(row.getString("status")), row.getString("topic"), row.getString("title"),
                row.getString("text"), row.getString("actor_name"), row.getTimestamp("created_at").toInstant(), row.getBoolean("is_read"));
    }
}
