package com.skillconnect.conversations.adapter.out.query;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.domain.ConversationPage;
import com.skillconnect.conversations.domain.ConversationQueries;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ConversationQueries} in one SQL statement per request, whatever the number of conversations: the caller's
 * participant rows joined with the conversation, the order's and the parties' cards, a lateral newest message (on the
 * index (conversation_id, id)), and the total as a window count.
 */
@Component
class JdbcConversationQueries implements ConversationQueries {

    private static final String SELECT = """
            select c.id, c.order_id, c.order_type, c.is_active, c.created_at, c.updated_at, c.metadata::text as metadata,
                coalesce(o.client_id, 0) as client_id, coalesce(o.freelancer_id, 0) as freelancer_id,
                coalesce(o.title, '') as title, o.price_min, o.price_max, coalesce(o.days, 0) as days,
                trim(coalesce(cc.first_name, '') || ' ' || coalesce(cc.last_name, '')) as client_name,
                cc.picture_url as client_picture,
                trim(coalesce(fc.first_name, '') || ' ' || coalesce(fc.last_name, '')) as freelancer_name,
                fc.picture_url as freelancer_picture, p.unread_count,
                lm.id as last_id, lm.content as last_content, lm.created_at as last_created_at,
                lm.sender_user_id as last_sender, count(*) over () as total
            from conversations.participant p
            join conversations.conversation c on c.id = p.conversation_id
            left join conversations.order_ref o on o.order_id = c.order_id
            left join conversations.profile_card cc on cc.role = 'CLIENT' and cc.profile_id = o.client_id
            left join conversations.profile_card fc on fc.role = 'FREELANCER' and fc.profile_id = o.freelancer_id
            left join lateral (
                select m.id, m.content, m.created_at, m.sender_user_id from conversations.message m
                where m.conversation_id = c.id and m.is_active order by m.id desc limit 1) lm on true
            """;

    private final JdbcTemplate jdbc;

    JdbcConversationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ConversationPage list(UserId user, long offset, int limit) {
        long[] total = {0};
        List<ConversationView> rows = jdbc.query(SELECT + """
                where p.user_id = ? and not p.archived
                order by c.activity_at desc, c.id desc offset ? limit ?
                """, (row, n) -> {
            total[0] = row.getLong("total");
            return view(row);
        }, user.value(), offset, limit);
        if (rows.isEmpty() && offset > 0) {
            total[0] = jdbc.queryForObject("select count(*) from conversations.participant where user_id = ? and not archived",
                    Long.class, user.value());
        }
        return new ConversationPage(rows, total[0]);
    }

    @Override
    public Optional<ConversationView> one(ConversationId id, UserId user) {
        return jdbc.query(SELECT + " where p.user_id = ? and p.conversation_id = ?",
                (row, n) -> view(row), user.value(), id.value()).stream().findFirst();
    }

    private static ConversationView view(ResultSet row) throws SQLException {
        long lastId = row.getLong("last_id");
        ConversationView.LastMessage last = row.wasNull() ? null : new ConversationView.LastMessage(lastId,
                row.getString("last_content"), instant(row, "last_created_at"), row.getLong("last_sender"));
        return new ConversationView(row.getLong("id"), row.getLong("client_id"), row.getString("client_name"),
                row.getString("client_picture"), row.getLong("freelancer_id"), row.getString("freelancer_name"),
                row.getString("freelancer_picture"), OrderType.valueOf(row.getString("order_type")),
                row.getLong("order_id"), row.getBoolean("is_active"), instant(row, "created_at"),
                instant(row, "updated_at"), row.getString("metadata"), last, row.getInt("unread_count"),
                row.getString("title"), row.getBigDecimal("price_min"), row.getBigDecimal("price_max"), row.getInt("days"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
