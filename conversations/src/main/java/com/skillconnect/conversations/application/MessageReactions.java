package com.skillconnect.conversations.application;

import com.skillconnect.conversations.MessageId;
import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.conversations.domain.Messages;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's emoji reaction to a message of their conversation: at most one per user and message (the same emoji
 * again removes it, another replaces it). Answers the message with its counts per emoji and pushes it to both
 * parties' chat sockets. A message of another conversation, or a conversation the caller is no party of, is not
 * found.
 */
@Service
public class MessageReactions {

    static final int MAX_EMOJI = 32;

    private final ConversationAccess access;
    private final Messages messages;
    private final MessageQueries queries;
    private final ChatPush push;
    private final Clock clock;

    MessageReactions(ConversationAccess access, Messages messages, MessageQueries queries, ChatPush push, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.queries = queries;
        this.push = push;
        this.clock = clock;
    }

    @Transactional
    public MessageView react(UserId user, long conversationId, long messageId, String emoji) {
        Conversation conversation = access.ofParty(user, conversationId);
        if (messageId <= 0 || !messages.belongsTo(new MessageId(messageId), conversation.id())) {
            throw new NotFoundException("message " + messageId);
        }
        if (emoji == null || emoji.isBlank()) {
            throw new RuleViolationException(Violation.whole(ConversationCodes.EMOJI_REQUIRED));
        }
        if (emoji.strip().length() > MAX_EMOJI) {
            throw new RuleViolationException(Violation.of("emoji", ConversationCodes.EMOJI_TOO_LONG, MAX_EMOJI));
        }
        messages.react(new MessageId(messageId), user, emoji.strip(), clock.instant());
        MessageView updated = queries.one(new MessageId(messageId)).orElseThrow();
        push.message(conversation, updated);
        return updated;
    }
}
