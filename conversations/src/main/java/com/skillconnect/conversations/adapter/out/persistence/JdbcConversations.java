package com.skillconnect.conversations.adapter.out.persistence;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.Metadata;
import com.skillconnect.conversations.domain.PartyRole;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Conversations} in {@code conversations.conversation} and {@code conversations.participant} (one row per
 * party: unread count, archive flag, read mark, activity). Opening inserts with {@code on conflict do nothing} on the
 * unique order, so racing or replayed openings store one conversation and only the first learns it created it: that
 * one publishes the conversation's {@code ConversationOpened}, in the opening transaction, and stores it
 * {@code announced}; the others publish nothing. Conversations stored before the event existed ({@code announced}
 * false) are claimed a batch at a time ({@code for no key update skip locked}: it does not hold back the foreign-key
 * checks of new messages, and instances never claim the same rows) and announced in the claiming transaction.
 * <p>
 * The rows also hold what the conversation list shows (ADR 27): the newest message (kept by {@link #messageAdded},
 * the highest id winning), and the order's and the parties' cards copied from {@code order_ref} and
 * {@code profile_card} when the conversation opens and again when one of them changes. Whoever copies them (an
 * opening, an order's or a card's change) first takes one transaction-scoped advisory lock, then reads the sources in
 * a new statement: so a change committed by another either is seen, or that other's copy, made after ours committed,
 * sees the conversation we wrote. Without it a card changing while its conversation opens could stay stale.
 */
@Component
class JdbcConversations implements Conversations {

    private static final String COLUMNS = "id, order_id, order_type, client_user_id, freelancer_user_id, created_at";
    /** The list's copy of the order and the parties' cards, for the order {@code k.order_id} (none known: blanks). */
    private static final String SHOWN = """
            coalesce(o.title, ''), o.price_min, o.price_max, coalesce(o.days, 0), coalesce(o.client_id, 0),
                trim(coalesce(cc.first_name, '') || ' ' || coalesce(cc.last_name, '')), cc.picture_url,
                coalesce(o.freelancer_id, 0), trim(coalesce(fc.first_name, '') || ' ' || coalesce(fc.last_name, '')),
                fc.picture_url
            from (values (%s)) k (order_id)
            left join conversations.order_ref o on o.order_id = k.order_id
            left join conversations.profile_card cc on cc.role = 'CLIENT' and cc.profile_id = o.client_id
            left join conversations.profile_card fc on fc.role = 'FREELANCER' and fc.profile_id = o.freelancer_id
            """;
    private static final String SHOWN_COLUMNS = """
            title, price_min, price_max, days, client_id, client_name, client_picture, freelancer_id, freelancer_name,
            freelancer_picture""";
    /** The key of the advisory lock of every copy of orders and cards into conversations (see above). */
    private static final long COPY_LOCK = 0x636f6e76_6c697374L;

    private final JdbcTemplate jdbc;
    private final RecordedEvents events;

    JdbcConversations(JdbcTemplate jdbc, RecordedEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public ConversationId nextId() {
        return new ConversationId(jdbc.queryForObject("select nextval('conversations.conversation_id_seq')", Long.class));
    }

    @Override
    public Optional<Conversation> openUnlessOpen(Conversation conversation) {
        lockCopies();
        Timestamp at = Timestamp.from(conversation.createdAt());
        Optional<Long> created = jdbc.query("""
                with opened as (
                    insert into conversations.conversation (id, order_id, order_type, client_user_id,
                        freelancer_user_id, created_at, updated_at, announced, %s)
                    select ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, true, %s
                    on conflict on constraint conversation_one_per_order do nothing
                    returning id),
                parties as (
                    insert into conversations.participant (conversation_id, user_id, role, activity_at)
                    select id, ?, ?, ?::timestamptz from opened union all select id, ?, ?, ?::timestamptz from opened)
                select id from opened
                """.formatted(SHOWN_COLUMNS, SHOWN.formatted("?::bigint")), (row, n) -> row.getLong(1),
                conversation.id().value(), conversation.orderId().value(), conversation.orderType().name(), conversation.clientUser().value(),
                conversation.freelancerUser().value(), at, at, conversation.orderId().value(),
                conversation.clientUser().value(), PartyRole.CLIENT.name(), at, conversation.freelancerUser().value(),
                PartyRole.FREELANCER.name(), at).stream().findFirst();
        if (created.isEmpty()) {
            conversation.takeEvents(); // the order's conversation was opened before: nothing happened, nothing to tell
            return Optional.empty();
        }
        return Optional.of(events.publishFrom(conversation));
    }

    @Override
    public List<Conversation> claimUnannounced(int size) {
        return jdbc.query("select " + COLUMNS + """
                 from conversations.conversation where not announced order by id limit ?
                for no key update skip locked""", JdbcConversations::conversation, size);
    }

    @Override
    public void saveAnnounced(List<Conversation> announced) {
        if (announced.isEmpty()) {
            return;
        }
        jdbc.update("update conversations.conversation set announced = true where id = any(?::bigint[])",
                (Object) announced.stream().map(conversation -> conversation.id().value()).toArray(Long[]::new));
        announced.forEach(events::publishFrom);
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
    public void messageAdded(Conversation conversation, MessageId id, UserId sender, String content, Instant at) {
        Timestamp when = Timestamp.from(at);
        jdbc.update("""
                with parties as (
                    update conversations.participant set archived = false, activity_at = greatest(activity_at, ?),
                        unread_count = unread_count + case when user_id = ? then 0 else 1 end
                    where conversation_id = ?)
                update conversations.conversation c set updated_at = greatest(c.updated_at, m.at),
                    last_message_id = greatest(c.last_message_id, m.id),
                    last_message_content = case when m.id > coalesce(c.last_message_id, 0) then m.content
                        else c.last_message_content end,
                    last_message_at = case when m.id > coalesce(c.last_message_id, 0) then m.at else c.last_message_at end,
                    last_message_sender = case when m.id > coalesce(c.last_message_id, 0) then m.sender
                        else c.last_message_sender end
                from (select ?::bigint as id, ?::text as content, ?::timestamptz as at, ?::bigint as sender) m
                where c.id = ?
                """, when, sender.value(), conversation.id().value(), id.value(), content, when, sender.value(),
                conversation.id().value());
    }

    @Override
    public void orderChanged(OrderId order) {
        copyShown("c.order_id = ?", order.value());
    }

    @Override
    public void cardChanged(PartyRole role, long profileId) {
        copyShown((role == PartyRole.CLIENT ? "c.client_id" : "c.freelancer_id") + " = ?", profileId);
    }

    private void copyShown(String which, long value) {
        lockCopies();
        jdbc.update("update conversations.conversation c set (%s) = (select %s) where %s"
                .formatted(SHOWN_COLUMNS, SHOWN.formatted("c.order_id"), which), value);
    }

    private void lockCopies() {
        jdbc.queryForObject("select 1 from pg_advisory_xact_lock(?)", Integer.class, COPY_LOCK);
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
