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
 * participant rows in the list's order (an index range scan on (user_id, activity_at desc, conversation_id desc) of
 * the rows not archived), each joined with its conversation row by its primary key, which holds all the row shows
 * (ADR 27: the newest message, the order's and the parties' copies). The envelope's total is a window count over the
 * participant rows alone, only when a page is asked. A user's inbox version is one primary-key row of
 * {@code conversations.inbox_version} (advanced at commit by the tables' triggers, ADR 35; no row: 0).
 */
@Component
class JdbcConversationQueries implements ConversationQueries {

    private static final String SELECT = """
            select c.id, c.order_id, c.order_type, c.is_active, c.created_at, c.updated_at, c.metadata::text as metadata,
                c.client_id, c.client_name, c.client_picture, c.freelancer_id, c.freelancer_name, c.freelancer_picture,
                c.title, c.price_min, c.price_max, c.days, p.unread_count, c.last_message_id, c.last_message_content,
                c.last_message_at, c.last_message_sender
            """;
    private static final String ORDER = " order by p.activity_at desc, p.conversation_id desc";

    private final JdbcTemplate jdbc;

    JdbcConversationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ConversationView> recent(UserId user, int limit) {
        return jdbc.query(SELECT + """
                from conversations.participant p
                join conversations.conversation c on c.id = p.conversation_id
                where p.user_id = ? and not p.archived""" + ORDER + " limit ?",
                (row, n) -> view(row), user.value(), limit);
    }

    @Override
    public ConversationPage list(UserId user, long offset, int limit) {
        long[] total = {0};
        List<ConversationView> rows = jdbc.query(SELECT + """
                , p.total
                from (select conversation_id, unread_count, activity_at, count(*) over () as total
                      from conversations.participant p where user_id = ? and not archived""" + ORDER + """
                       offset ? limit ?) p
                join conversations.conversation c on c.id = p.conversation_id""" + ORDER, (row, n) -> {
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
        return jdbc.query(SELECT + """
                from conversations.participant p
                join conversations.conversation c on c.id = p.conversation_id
                where p.user_id = ? and p.conversation_id = ?""", (row, n) -> view(row), user.value(), id.value())
                .stream().findFirst();
    }

    @Override
    public long inboxVersion(UserId user) {
        return jdbc.queryForObject("select coalesce((select version from conversations.inbox_version where user_id = ?), 0)",
                Long.class, user.value());
    }

    private static ConversationView view(ResultSet row) throws SQLException {
        long lastId = row.getLong("last_message_id");
        ConversationView.LastMessage last = row.wasNull() ? null : new ConversationView.LastMessage(lastId,
                row.getString("last_message_content"), instant(row, "last_message_at"), row.getLong("last_message_sender"));
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
