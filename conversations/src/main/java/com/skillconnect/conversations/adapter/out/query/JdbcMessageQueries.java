package com.skillconnect.conversations.adapter.out.query;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageSlice;
import com.skillconnect.conversations.domain.MessageType;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.kernel.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MessageQueries}: each slice is one statement — the page of message ids read backwards or forwards on the
 * index (conversation_id, id), one row more than asked (so it knows whether more lie beyond), with each message's
 * attachment, its reaction counts per emoji (aggregated as JSON in the same statement) and the recipient's read mark,
 * plus whether messages lie on the other side of the cursor.
 */
@Component
class JdbcMessageQueries implements MessageQueries {

    private static final String COLUMNS = """
            select m.id, m.conversation_id, m.sender_user_id, m.message_type, m.content, m.voice_duration,
                m.payment_amount, m.payment_status, m.payment_request_id, m.created_at, m.updated_at, m.is_edited,
                m.is_active, a.id as attachment_id, a.path, a.file_name, a.file_type, a.file_size, a.uploaded_at,
                case when r.last_read_message_id >= m.id then r.last_read_at end as read_at,
                (select json_agg(json_build_array(x.emoji, x.n) order by x.first, x.emoji)
                 from (select emoji, count(*) as n, min(reacted_at) as first from conversations.reaction
                       where message_id = m.id group by emoji) x)::text as reactions
            """;
    private static final String JOINS = """
            left join conversations.attachment a on a.message_id = m.id
            left join conversations.participant r on r.conversation_id = m.conversation_id and r.user_id <> m.sender_user_id
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcMessageQueries(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public MessageSlice before(ConversationId conversation, long before, int limit) {
        boolean[] newer = {false};
        List<MessageView> rows = jdbc.query(COLUMNS + """
                , exists (select 1 from conversations.message n where n.conversation_id = ? and n.id >= ?) as beyond
                from (select * from conversations.message where conversation_id = ? and id < ? and is_active
                      order by id desc limit ?) m
                """ + JOINS + " order by m.id desc", (row, n) -> {
            newer[0] = row.getBoolean("beyond");
            return view(row);
        }, conversation.value(), before, conversation.value(), before, limit + 1);
        boolean older = rows.size() > limit;
        List<MessageView> page = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
        Collections.reverse(page);
        return new MessageSlice(page, older, newer[0]);
    }

    @Override
    public MessageSlice after(ConversationId conversation, long after, int limit) {
        boolean[] older = {false};
        List<MessageView> rows = jdbc.query(COLUMNS + """
                , exists (select 1 from conversations.message o where o.conversation_id = ? and o.id <= ?) as beyond
                from (select * from conversations.message where conversation_id = ? and id > ? and is_active
                      order by id limit ?) m
                """ + JOINS + " order by m.id", (row, n) -> {
            older[0] = row.getBoolean("beyond");
            return view(row);
        }, conversation.value(), after, conversation.value(), after, limit + 1);
        boolean newer = rows.size() > limit;
        return new MessageSlice(rows.subList(0, Math.min(limit, rows.size())), older[0], newer);
    }

    @Override
    public Optional<MessageView> one(MessageId message) {
        return jdbc.query(COLUMNS + " from conversations.message m " + JOINS + " where m.id = ?",
                (row, n) -> view(row), message.value()).stream().findFirst();
    }

    private MessageView view(ResultSet row) throws SQLException {
        long attachmentId = row.getLong("attachment_id");
        MessageView.AttachmentView attachment = row.wasNull() ? null : new MessageView.AttachmentView(attachmentId,
                new StoredFile(row.getString("path")).url(), row.getString("file_name"), row.getString("file_type"),
                row.getLong("file_size"), instant(row, "uploaded_at"));
        int voice = row.getInt("voice_duration");
        Integer voiceDuration = row.wasNull() ? null : voice;
        long request = row.getLong("payment_request_id");
        Long paymentRequest = row.wasNull() ? null : request;
        return new MessageView(row.getLong("id"), row.getLong("conversation_id"), row.getLong("sender_user_id"),
                MessageType.valueOf(row.getString("message_type")), row.getString("content"), attachment, voiceDuration,
                row.getBigDecimal("payment_amount"), row.getString("payment_status"), paymentRequest,
                instant(row, "created_at"), instant(row, "updated_at"), instant(row, "read_at"),
                row.getBoolean("is_edited"), row.getBoolean("is_active"), reactions(row.getString("reactions")));
    }

    private Map<String, Integer> reactions(String counts) {
        Map<String, Integer> reactions = new LinkedHashMap<>();
        if (counts != null) {
            for (JsonNode pair : json.readTree(counts)) {
                reactions.put(pair.get(0).asString(), pair.get(1).asInt());
            }
        }
        return reactions;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
