package com.skillconnect.app.web;

/**
 * Text PostgreSQL cannot store or that no client means to send: the NUL character and UTF-16 surrogates
 * that are not part of a pair. Refused wherever text enters (query strings, form fields, JSON strings)
 * with DRF's messages, instead of failing later in the database.
 */
final class TextChecks {

    static final String NULL_CHARACTERS = "Null characters are not allowed.";

    private TextChecks() {
    }

    /** Why the text is refused, or {@code null} when it is fine. */
    static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return NULL_CHARACTERS;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Surrogate characters are not allowed: U+%04X.".formatted((int) c);
            }
        }
        return null;
    }
}
