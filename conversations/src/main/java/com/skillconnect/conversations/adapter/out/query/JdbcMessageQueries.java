package com.skillconnect.conversations.adapter.out.query;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.HistoryOpening;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageSlice;
import com.skillconnect.conversations.domain.MessageType;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.conversations.domain.ReadSlice;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
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
 * <p>
 * The read marks of the conversation's two participant rows are read once per slice ({@code reads}, materialised) and
 * matched to each message by its sender, rather than looked up per message on the participant index.
 * <p>
 * Opening a slice is the whole request in that one statement (ADR 25, addendum): the conversation row, found only when
 * the reader is one of its parties (else no row at all: not found); the reader's participant row marked read by an
 * update in a {@code with} clause that matches it only when something changes (an unread count, or a newer message of
 * the other party than the read mark), so that re-reading a read history writes nothing; and the page. The page is
 * read in the statement's snapshot, from before that update, so a message of the other party shows the update's new
 * read mark and time ({@code returning}) where it made one. The conversation's row comes with every row (one row
 * without a message when the page is empty).
 * <p>
 * {@link #open} is the same check and mark without a page, with the conversation's history version instead (ADR 37).
 */
@Component
class JdbcMessageQueries implements MessageQueries {

    private static final String MESSAGE = """
            m.id, m.conversation_id, m.sender_user_id, m.message_type, m.content, m.voice_duration,
                m.payment_amount, m.payment_status, m.payment_request_id, m.created_at, m.updated_at, m.is_edited,
                m.is_active, a.id as attachment_id, a.path, a.file_name, a.file_type, a.file_size, a.uploaded_at,
                (select json_agg(json_build_array(x.emoji, x.n) order by x.first, x.emoji)
                 from (select emoji, count(*) as n, min(reacted_at) as first from conversations.reaction
                       where message_id = m.id group by emoji) x)::text as reactions
            """;
    /**
     * A message's attachment. Only file and voice messages carry one (never a text message): for a text message the
     * condition on its type is a one-time filter of the lateral subquery and the attachment index is not probed at all
     * (a page of mostly text messages saved ~2.5 buffer hits each); {@code limit 1} (one attachment per message at most,
     * a unique key) keeps the planner from flattening the subquery into a join, which would probe for every message.
     */
    private static final String ATTACHMENT = """
            left join lateral (select * from conversations.attachment f
                               where f.message_id = m.id and m.message_type <> 'TEXT' limit 1) a on true
            """;
    private static final String JOINS = ATTACHMENT + """
            left join conversations.participant r on r.conversation_id = m.conversation_id and r.user_id <> m.sender_user_id
            """;
    /**
     * The conversation row when the reader is one of its parties ({@code party}), the other party's newest message
     * ({@code newest}) and the reader's read mark when something changes ({@code marked}); parameters: the conversation,
     * the reader, the conversation, the reader, the time, the reader.
     */
    private static final String MARK = """
            with party as (
                select id, order_id, order_type, client_user_id, freelancer_user_id, created_at
                from conversations.conversation where id = ? and ? in (client_user_id, freelancer_user_id)),
            newest as (
                select coalesce(max(id), 0) as id from conversations.message where conversation_id = ? and sender_user_id <> ?),
            marked as (
                update conversations.participant p set unread_count = 0, last_read_at = ?,
                    last_read_message_id = greatest(p.last_read_message_id, newest.id)
                from party, newest
                where p.conversation_id = party.id and p.user_id = ?
                    and (p.unread_count > 0 or p.last_read_message_id < newest.id)
                returning p.last_read_message_id as mark, p.last_read_at as mark_at)""";
    private static final String PARTY = """
            k.id as party_conversation_id, k.order_id as party_order_id, k.order_type as party_order_type,
                k.client_user_id as party_client, k.freelancer_user_id as party_freelancer, k.created_at as party_created_at,
                mk.mark""";
    /**
     * A slice as its reader opens it; {@code %1$s} is the page's comparison with the cursor, {@code %2$s} its order,
     * {@code %3$s} the comparison of the messages beyond the cursor.
     */
    private static final String OPEN = MARK + """
            ,
            reads as materialized (
                select r.user_id, r.last_read_message_id, r.last_read_at
                from conversations.participant r join party on r.conversation_id = party.id),
            page as (
                select * from conversations.message where conversation_id = ? and id %1$s ? and is_active
                order by id %2$s limit ?)
            select\s""" + PARTY + ", " + MESSAGE + """
                , case when m.sender_user_id <> ? and mk.mark >= m.id then mk.mark_at
                    when r.last_read_message_id >= m.id then r.last_read_at end as read_at,
                exists (select 1 from conversations.message n where n.conversation_id = ? and n.id %3$s ?) as beyond
            from party k
            left join marked mk on true
            left join page m on true
            """ + ATTACHMENT + """
            left join reads r on r.user_id <> m.sender_user_id
             order by m.id %2$s""";
    private static final String OPEN_BEFORE = OPEN.formatted("<", "desc", ">=");
    private static final String OPEN_AFTER = OPEN.formatted(">", "asc", "<=");
    /**
     * Opening a history before its page is read or answered from memory (ADR 37): the party check and the mark as
     * {@link #OPEN} makes them, and the conversation's history version, read in the statement's snapshot (from before
     * the mark, which advances it only when it commits).
     */
    private static final String OPENING = MARK + """

            select\s""" + PARTY + """
                , coalesce((select v.version from conversations.history_version v where v.conversation_id = k.id), 0)
                    as history_version
            from party k
            left join marked mk on true""";

    /**
     * Looking before opening: the party check, whether the reader has anything to mark read (the mark's own condition)
     * and the history version, without an update. A statement with an {@code update} fires the participant table's
     * statement triggers (ADR 35, ADR 37) even when it changes no row — about 0.2 ms of trigger calls on a request that
     * otherwise reads 13 buffers — so a reader with nothing to mark, the usual case, is answered after this one select;
     * {@link #OPENING} runs only when there is something to mark. Parameters: the reader, the reader, the conversation,
     * the reader.
     */
    private static final String LOOKING = """
            select\s""" + PARTY.replace("mk.mark", "null as mark") + """
                , p.unread_count > 0 or p.last_read_message_id < (select coalesce(max(m.id), 0) from conversations.message m
                    where m.conversation_id = k.id and m.sender_user_id <> ?) as unread,
                coalesce((select v.version from conversations.history_version v where v.conversation_id = k.id), 0)
                    as history_version
            from conversations.conversation k
            left join conversations.participant p on p.conversation_id = k.id and p.user_id = ?
            where k.id = ? and ? in (k.client_user_id, k.freelancer_user_id)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcMessageQueries(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ReadSlice> readBefore(ConversationId conversation, UserId reader, long before, int limit,
            Instant at) {
        return read(OPEN_BEFORE, conversation, reader, before, limit, at).map(opened -> {
            List<MessageView> rows = opened.rows();
            boolean older = rows.size() > limit;
            List<MessageView> page = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
            Collections.reverse(page);
            return new ReadSlice(opened.conversation(), new MessageSlice(page, older, opened.beyond()), opened.marked());
        });
    }

    @Override
    public Optional<ReadSlice> readAfter(ConversationId conversation, UserId reader, long after, int limit, Instant at) {
        return read(OPEN_AFTER, conversation, reader, after, limit, at).map(opened -> {
            List<MessageView> rows = opened.rows();
            boolean newer = rows.size() > limit;
            return new ReadSlice(opened.conversation(),
                    new MessageSlice(rows.subList(0, Math.min(limit, rows.size())), opened.beyond(), newer),
                    opened.marked());
        });
    }

    /** What one opening statement answered: the rows of the page (one more than asked, if there are). */
    private record Opened(Conversation conversation, boolean marked, boolean beyond, List<MessageView> rows) {
    }

    private Optional<Opened> read(String sql, ConversationId conversation, UserId reader, long cursor, int limit,
            Instant at) {
        Opened[] opened = {null};
        List<MessageView> rows = new ArrayList<>(limit + 1);
        long id = conversation.value();
        long user = reader.value();
        jdbc.query(sql, (ResultSet row) -> {
            if (opened[0] == null) {
                opened[0] = new Opened(party(row), marked(row), row.getBoolean("beyond"), rows);
            }
            row.getLong("id");
            if (!row.wasNull()) {
                rows.add(view(row));
            }
        }, id, user, id, user, Timestamp.from(at), user, id, cursor, limit + 1, user, id, cursor);
        return Optional.ofNullable(opened[0]);
    }

    @Override
    public Optional<HistoryOpening> open(ConversationId conversation, UserId reader, Instant at) {
        long id = conversation.value();
        long user = reader.value();
        Optional<Looked> looked = jdbc.query(LOOKING, (row, n) -> new Looked(
                new HistoryOpening(party(row), false, row.getLong("history_version")), row.getBoolean("unread")),
                user, user, id, user).stream().findFirst();
        if (looked.isEmpty() || !looked.get().unread()) {
            return looked.map(Looked::opening);
        }
        return jdbc.query(OPENING, (row, n) -> new HistoryOpening(party(row), marked(row), row.getLong("history_version")),
                id, user, id, user, Timestamp.from(at), user).stream().findFirst();
    }

    /** What {@link #LOOKING} found: the opening if nothing is to be marked, and whether something is. */
    private record Looked(HistoryOpening opening, boolean unread) {
    }

    /** The conversation of a row whose reader is one of its parties ({@link #PARTY}). */
    private static Conversation party(ResultSet row) throws SQLException {
        return new Conversation(new ConversationId(row.getLong("party_conversation_id")),
                new OrderId(row.getLong("party_order_id")), OrderType.valueOf(row.getString("party_order_type")),
                new UserId(row.getLong("party_client")), new UserId(row.getLong("party_freelancer")),
                row.getTimestamp("party_created_at").toInstant());
    }

    /** Whether the row's statement marked the conversation read ({@code mark} returned by {@link #MARK}'s update). */
    private static boolean marked(ResultSet row) throws SQLException {
        row.getLong("mark");
        return !row.wasNull();
    }

    @Override
    public Optional<MessageView> one(MessageId message) {
        return jdbc.query("select " + MESSAGE + """
                , case when r.last_read_message_id >= m.id then r.last_read_at end as read_at
                from conversations.message m
                """ + JOINS + " where m.id = ?",
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
