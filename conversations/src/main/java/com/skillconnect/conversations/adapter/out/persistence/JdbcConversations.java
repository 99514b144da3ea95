package com.skillconnect.conversations.adapter.out.persistence;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.Metadata;
import com.skillconnect.conversations.domain.PartyRole;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Conversations} in {@code conversations.conversation} and {@code conversations.participant} (one row per
 * party: unread count, archive flag, read mark). Opening inserts with {@code on conflict do nothing} on the unique
 * order, so racing or replayed openings store one conversation and only the first learns it created it.
 */
@Component
class JdbcConversations implements Conversations {

    private static final String COLUMNS = "id, order_id, order_type, client_user_id, freelancer_user_id, created_at";

    private final JdbcTemplate jdbc;

    JdbcConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Conversation> openUnlessOpen(Conversation conversation) {
        Timestamp at = Timestamp.from(conversation.createdAt());
        Optional<Long> created = jdbc.query("""
                with opened as (
                    insert into conversations.conversation (order_id, order_type, client_user_id, freelancer_user_id,
                        created_at, updated_at, activity_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict on constraint conversation_one_per_order do nothing
                    returning id),
                parties as (
                    insert into conversations.participant (conversation_id, user_id, role)
                    select id, ?, ? from opened union all select id, ?, ? from opened)
                select id from opened
                """, (row, n) -> row.getLong(1), conversation.orderId().value(), conversation.orderType().name(),
                conversation.clientUser().value(), conversation.freelancerUser().value(), at, at, at,
                conversation.clientUser().value(), PartyRole.CLIENT.name(), conversation.freelancerUser().value(),
                PartyRole.FREELANCER.name()).stream().findFirst();
        return created.map(id -> new Conversation(new ConversationId(id), conversation.orderId(),
                conversation.orderType(), conversation.clientUser(), conversation.freelancerUser(),
                conversation.createdAt()));
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return jdbc.query("select " + COLUMNS + " from conversations.conversation where id = ?",
                JdbcConversations::conversation, id.value()).stream().findFirst();
    }

    @Override
    public Optional<Conversation> findByOrder(OrderId order) {
        return jdbc.query("select " + COLUMNS + " from conversations.conversation where order_id = ?",
                JdbcConversations::conversation, order.value()).stream().findFirst();
    }

    @Override
    public void messageAdded(Conversation conversation, UserId sender, Instant at) {
        Timestamp when = Timestamp.from(at);
        jdbc.update("""
                with parties as (
                    update conversations.participant set archived = false,
                        unread_count = unread_count + case when user_id = ? then 0 else 1 end
                    where conversation_id = ?)
                update conversations.conversation set activity_at = greatest(activity_at, ?),
                    updated_at = greatest(updated_at, ?)
                where id = ?
                """, sender.value(), conversation.id().value(), when, when, conversation.id().value());
    }

    @Override
    public boolean markRead(Conversation conversation, UserId reader, Instant at) {
        return jdbc.update("""
                update conversations.participant p set unread_count = 0, last_read_at = ?,
                    last_read_message_id = greatest(p.last_read_message_id, newest.id)
                from (select coalesce(max(id), 0) id from conversations.message
                      where conversation_id = ? and sender_user_id <> ?) newest
                where p.conversation_id = ? and p.user_id = ?
                    and (p.unread_count > 0 or p.last_read_message_id < newest.id)
                """, Timestamp.from(at), conversation.id().value(), reader.value(), conversation.id().value(),
                reader.value()) > 0;
    }

    @Override
    public void archive(Conversation conversation, UserId user) {
        jdbc.update("update conversations.participant set archived = true where conversation_id = ? and user_id = ?",
                conversation.id().value(), user.value());
    }

    @Override
    public void saveMetadata(Conversation conversation, Metadata metadata, Instant at) {
        jdbc.update("update conversations.conversation set metadata = ?::jsonb, updated_at = ? where id = ?",
                metadata.json(), Timestamp.from(at), conversation.id().value());
    }

    private static Conversation conversation(ResultSet row, int n) throws SQLException {
        return new Conversation(new ConversationId(row.getLong("id")), new OrderId(row.getLong("order_id")),
                OrderType.valueOf(row.getString("order_type")), new UserId(row.getLong("client_user_id")),
                new UserId(row.getLong("freelancer_user_id")), row.getTimestamp("created_at").toInstant());
    }
}
