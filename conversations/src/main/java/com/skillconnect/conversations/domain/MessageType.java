package com.skillconnect.conversations.domain;

import java.util.Locale;
import java.util.Optional;

/** What a message carries; {@code PAYMENT} messages come only from billing's payment requests. */
public enum MessageType {
    TEXT, FILE, PAYMENT, VOICE;

    /** The type the API names ({@code text}, case-insensitive), if any. */
    public static Optional<MessageType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MessageType type : values()) {
            if (type.wire().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The API's spelling: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
