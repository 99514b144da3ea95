package com.skillconnect.conversations.domain;

import java.util.Objects;

/**
 * A conversation's history as a party opened it before reading a page (ADR 37): the conversation, whether opening it
 * marked it read for that party, and the version of its history read before that mark ({@code 0} while nothing ever
 * advanced it).
 */
public record HistoryOpening(Conversation conversation, boolean marked, long version) {

    public HistoryOpening {
        Objects.requireNonNull(conversation);
    }
}
