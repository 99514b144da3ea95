package com.skillconnect.conversations.domain;

import java.util.List;

/**
 * Consecutive messages of a conversation, oldest first, and whether older ({@code older}) or newer ({@code newer})
 * ones exist beside them.
 */
public record MessageSlice(List<MessageView> messages, boolean older, boolean newer) {

    public MessageSlice {
        messages = List.copyOf(messages);
    }
}
