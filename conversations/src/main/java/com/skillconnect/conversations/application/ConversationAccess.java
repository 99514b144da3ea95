package com.skillconnect.conversations.application;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one party check of every use case: a conversation the caller is no party of is not found. */
@Component
class ConversationAccess {

    private final Conversations conversations;

    ConversationAccess(Conversations conversations) {
        this.conversations = conversations;
    }

    Conversation ofParty(UserId user, long id) {
        return find(user, id).orElseThrow(() -> new NotFoundException("conversation " + id));
    }

    Optional<Conversation> find(UserId user, long id) {
        return id <= 0 ? Optional.empty() : conversations.find(new ConversationId(id)).filter(c -> c.hasParty(user));
    }
}
