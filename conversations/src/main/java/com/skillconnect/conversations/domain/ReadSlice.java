package com.skillconnect.conversations.domain;

import java.util.Objects;

/**
 * A slice of a conversation's messages as a party opened it, and whether opening it marked the conversation read
 * for that party (something was unread, or a newer message of the other party lay beyond the read mark).
 */
public record ReadSlice(Conversation conversation, MessageSlice slice, boolean marked) {

    public ReadSlice {
        Objects.requireNonNull(conversation);
        Objects.requireNonNull(slice);
    }
}
