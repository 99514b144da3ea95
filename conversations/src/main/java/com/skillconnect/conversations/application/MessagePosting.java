package com.skillconnect.conversations.application;

import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.Attachment;
import com.skillconnect.conversations.domain.AttachmentPolicy;
import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.FileTypes;
import com.skillconnect.conversations.domain.Message;
import com.skillconnect.conversations.domain.MessageDraft;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageType;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.conversations.domain.Messages;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.FileStorage;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.TransactionalFiles;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Posts a party's message (REST or chat socket): text (content required, at most {@value Message#MAX_CONTENT}
 * characters), a file or a voice note (an attachment of an allowed kind told by its content, at most
 * {@code skillconnect.storage.max-file-size}); never a payment (only billing's requests make those). The file is
 * stored inside the transaction and deleted again if it rolls back. The new message un-archives the conversation
 * for both parties, counts as unread for the other, moves the conversation up and goes to both parties' chat
 * sockets.
 */
@Service
public class MessagePosting {

    static final String FOLDER = "attachments";
    private static final int MAX_VOICE_SECONDS = 24 * 3600;

    private final ConversationAccess access;
    private final Conversations conversations;
    private final Messages messages;
    private final MessageQueries queries;
    private final FileTypes types;
    private final FileStorage storage;
    private final AttachmentPolicy policy;
    private final ChatPush push;
    private final Clock clock;

    MessagePosting(ConversationAccess access, Conversations conversations, Messages messages, MessageQueries queries,
            FileTypes types, FileStorage storage, ChatPush push, Clock clock,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        this.access = access;
        this.conversations = conversations;
        this.messages = messages;
        this.queries = queries;
        this.types = types;
        this.storage = storage;
        this.policy = new AttachmentPolicy(maxFileSize.toBytes());
        this.push = push;
        this.clock = clock;
    }

    @Transactional
    public MessageView post(UserId sender, long conversationId, MessageDraft draft) {
        Conversation conversation = access.ofParty(sender, conversationId);
        Violations violations = new Violations();
        MessageType type = type(draft.type(), violations.at("message_type"));
        String content = draft.content() == null ? "" : draft.content();
        if (content.length() > Message.MAX_CONTENT) {
            violations.at("content").add(ConversationCodes.CONTENT_TOO_LONG, Message.MAX_CONTENT);
        }
        if (type == MessageType.TEXT && content.isBlank()) {
            violations.at("content").add(ConversationCodes.CONTENT_REQUIRED);
        }
        Integer seconds = type == MessageType.VOICE ? seconds(draft.voiceDuration(), violations.at("voice_duration")) : null;
        AttachmentPolicy.Checked file = null;
        if (type == MessageType.FILE || type == MessageType.VOICE) {
            if (draft.file() == null) {
                violations.at("attachment_file").add(ConversationCodes.ATTACHMENT_REQUIRED, type.wire());
            } else {
                file = violations.at("attachment_file").take(policy.check(draft.file(), types, type == MessageType.VOICE));
            }
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        Message message = switch (type) {
            case TEXT -> Message.text(conversation.id(), sender, content, now);
            case FILE -> Message.file(conversation.id(), sender, content, store(file), now);
            case VOICE -> Message.voice(conversation.id(), sender, content, store(file), seconds, now);
            case PAYMENT -> throw new IllegalStateException("refused above");
        };
        MessageId id = messages.add(message);
        conversations.messageAdded(conversation, id, sender, message.content(), now);
        MessageView stored = queries.one(id).orElseThrow();
        push.message(conversation, stored);
        return stored;
    }

    private Attachment store(AttachmentPolicy.Checked checked) {
        StoredFile stored = TransactionalFiles.storeUnlessRolledBack(
                () -> storage.store(FOLDER, checked.extension(), checked.file()), storage::delete);
        return new Attachment(stored, checked.file().originalName(), checked.mimeType(), checked.file().size());
    }

    private static MessageType type(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            return MessageType.TEXT; // the original's default
        }
        MessageType type = MessageType.parse(text).orElse(null);
        if (type == null) {
            violations.add(ConversationCodes.MESSAGE_TYPE_UNKNOWN, text);
            return MessageType.TEXT;
        }
        if (type == MessageType.PAYMENT) {
            violations.add(ConversationCodes.PAYMENT_NOT_POSTED);
            return MessageType.TEXT;
        }
        return type;
    }

    private static Integer seconds(String text, Violations violations) {
        if (text == null || text.isBlank() || text.strip().equals("null")) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= MAX_VOICE_SECONDS) {
                return (int) Math.round(value);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        violations.add(ConversationCodes.VOICE_DURATION_INVALID, MAX_VOICE_SECONDS);
        return null;
    }
}
