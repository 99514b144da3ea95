package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.billing.domain.OrderRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link OrderBook} in {@code billing.order_ref}, one row per order, kept by an upsert on the latest {@code changed_at}. */
@Component
class JdbcBillingOrderBook implements OrderBook {

    private final JdbcTemplate jdbc;

    JdbcBillingOrderBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(OrderRef order, Instant changedAt) {
        return jdbc.update("""
                insert into billing.order_ref (order_id, order_type, client_user_id, client_id, freelancer_user_id,
                    freelancer_id, title, status, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set title = excluded.title, status = excluded.status,
                    client_id = coalesce(nullif(excluded.client_id, 0), billing.order_ref.client_id),
                    freelancer_id = coalesce(nullif(excluded.freelancer_id, 0), billing.order_ref.freelancer_id),
                    changed_at = excluded.changed_at
                where billing.order_ref.changed_at < excluded.changed_at
                """, order.orderId().value(), order.type().name(), order.clientUser().value(), order.clientId(),
                order.freelancerUser().value(), order.freelancerId(), order.title(), order.status().name(),
                Timestamp.from(changedAt)) > 0;
    }

    @Override
    public Optional<OrderRef> find(OrderId order) {
        return jdbc.query("select * from billing.order_ref where order_id = ?", (row, n) -> new OrderRef(
                new OrderId(row.getLong("order_id")), OrderType.valueOf(row.getString("order_type")),
                new UserId(row.getLong("client_user_id")), row.getLong("client_id"),
                new UserId(row.getLong("freelancer_user_id")), row.getLong("freelancer_id"), row.getString("title"),
                OrderStatus.valueOf(row.getString("status"))), order.value()).stream().findFirst();
    }
}
