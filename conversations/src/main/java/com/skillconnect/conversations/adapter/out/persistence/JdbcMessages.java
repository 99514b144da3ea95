package com.skillconnect.conversations.adapter.out.persistence;

import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.Attachment;
import com.skillconnect.conversations.domain.Message;
import com.skillconnect.conversations.domain.Messages;
import com.skillconnect.identity.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Messages} in {@code conversations.message}, {@code attachment} and {@code reaction}. A payment message is
 * inserted with {@code on conflict do nothing} on its payment request (one message per request, even when replayed);
 * its status moves only forward in {@code payment_changed_at}. A reaction is one row per message and user, toggled
 * or replaced in one statement, so concurrent reactions of different users never touch the same row.
 */
@Component
class JdbcMessages implements Messages {

    private static final String INSERT = """
            insert into conversations.message (conversation_id, sender_user_id, message_type, content, voice_duration,
                payment_amount, payment_status, payment_request_id, payment_changed_at, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    JdbcMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MessageId add(Message message) {
        MessageId id = new MessageId(jdbc.queryForObject(INSERT + " returning id", Long.class, values(message)));
        Attachment file = message.attachment();
        if (file != null) {
            jdbc.update("""
                    insert into conversations.attachment (message_id, path, file_name, file_type, file_size, uploaded_at)
                    values (?, ?, ?, ?, ?, ?)
                    """, id.value(), file.file().path(), file.fileName(), file.fileType(), file.fileSize(),
                    Timestamp.from(message.createdAt()));
        }
        return id;
    }

    @Override
    public Optional<MessageId> addUnlessKnown(Message payment) {
        return jdbc.query(INSERT + " on conflict on constraint message_one_per_payment_request do nothing returning id",
                (row, n) -> new MessageId(row.getLong(1)), values(payment)).stream().findFirst();
    }

    private static Object[] values(Message message) {
        Timestamp at = Timestamp.from(message.createdAt());
        return new Object[] {message.conversation().value(), message.sender().value(), message.type().name(),
                message.content(), message.voiceDuration(), message.paymentAmount(),
                message.paymentStatus() == null ? null : message.paymentStatus().name().toLowerCase(Locale.ROOT),
                message.paymentRequest() == null ? null : message.paymentRequest().value(),
                message.paymentRequest() == null ? null : at, at, at};
    }

    @Override
    public Optional<ConversationId> changePaymentStatus(PaymentRequestRef request, PaymentMessageStatus status, Instant changedAt) {
        Timestamp at = Timestamp.from(changedAt);
        return jdbc.query("""
                update conversations.message set payment_status = ?, payment_changed_at = ?, updated_at = ?
                where payment_request_id = ? and payment_changed_at < ?
                returning conversation_id
                """, (row, n) -> new ConversationId(row.getLong(1)), status.name().toLowerCase(Locale.ROOT), at, at,
                request.value(), at).stream().findFirst();
    }

    @Override
    public boolean belongsTo(MessageId message, ConversationId conversation) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from conversations.message where id = ? and conversation_id = ? and is_active)",
                Boolean.class, message.value(), conversation.value()));
    }

    @Override
    public void react(MessageId message, UserId user, String emoji, Instant at) {
        jdbc.update("""
                with removed as (
                    delete from conversations.reaction where message_id = ? and user_id = ? and emoji = ? returning 1)
                insert into conversations.reaction (message_id, user_id, emoji, reacted_at)
                select ?, ?, ?, ? where not exists (select 1 from removed)
                on conflict (message_id, user_id) do update set emoji = excluded.emoji, reacted_at = excluded.reacted_at
                """, message.value(), user.value(), emoji, message.value(), user.value(), emoji, Timestamp.from(at));
    }
}
