package com.skillconnect.conversations.application;

import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RealtimePresence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a conversation's chat socket does besides messages: who may open it (its two parties), typing signals to the
 * other party, and presence — the other party is told "online" when a party's first socket on the conversation
 * opens and "offline" when their last one closes (counted across instances by the kernel's {@link RealtimePresence}).
 */
@Service
public class ChatRoom {

    private final ConversationAccess access;
    private final ChatPush push;
    private final RealtimePresence presence;

    ChatRoom(ConversationAccess access, ChatPush push, RealtimePresence presence) {
        this.access = access;
        this.push = push;
        this.presence = presence;
    }

    @Transactional(readOnly = true)
    public boolean isParty(UserId user, long conversationId) {
        return access.find(user, conversationId).isPresent();
    }

    @Transactional(readOnly = true)
    public void typing(UserId user, long conversationId, boolean typing) {
        access.find(user, conversationId).ifPresent(conversation -> push.typing(conversation, user, typing));
    }

    @Transactional(readOnly = true)
    public void opened(UserId user, long conversationId) {
        access.find(user, conversationId).ifPresent(conversation -> {
            if (presence.opened(user.value(), ChatPush.endpoint(conversationId))) {
                push.presence(conversation, user, true);
            }
        });
    }

    @Transactional(readOnly = true)
    public void closed(UserId user, long conversationId) {
        access.find(user, conversationId).ifPresent(conversation -> {
            if (presence.closed(user.value(), ChatPush.endpoint(conversationId))) {
                push.presence(conversation, user, false);
            }
        });
    }
}
