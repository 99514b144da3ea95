package com.skillconnect.conversations.domain;

import java.util.List;

/** One page of a user's conversations and how many they have in all. */
public record ConversationPage(List<ConversationView> conversations, long total) {

    public ConversationPage {
        conversations = List.copyOf(conversations);
    }
}
