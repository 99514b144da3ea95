package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.domain.OrderConversations;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.marketplace.OrderId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link OrderConversations} in {@code billing.order_conversation}, one row per order, inserted with
 * {@code on conflict do nothing}: the first announcement stays, a replay changes nothing.
 */
@Component
class JdbcOrderConversations implements OrderConversations {

    private final JdbcTemplate jdbc;

    JdbcOrderConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(OrderId order, ConversationId conversation) {
        return jdbc.update("""
                insert into billing.order_conversation (order_id, conversation_id) values (?, ?)
                on conflict (order_id) do nothing
                """, order.value(), conversation.value()) > 0;
    }

    @Override
    public Optional<ConversationId> of(OrderId order) {
        return jdbc.queryForList("select conversation_id from billing.order_conversation where order_id = ?", Long.class,
                order.value()).stream().findFirst().map(ConversationId::new);
    }
}
