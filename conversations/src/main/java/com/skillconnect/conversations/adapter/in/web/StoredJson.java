package com.skillconnect.conversations.adapter.in.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code jsonb} column's text ({@code metadata::text}) as the answer writes it, without parsing it into a tree per
 * row. PostgreSQL prints {@code jsonb} with a space after every {@code :} and {@code ,}; Jackson writes a tree of it
 * with none, and otherwise the same bytes for strings without {@code \}{@code u} escapes, integers, booleans and null
 * (keys in the stored order, characters outside ASCII as they are). So the spaces outside strings are dropped, and
 * only text where the two could differ (a {@code \}{@code u} escape, which PostgreSQL writes in lower case and Jackson
 * in upper case; a decimal, which Jackson re-reads as a double) still goes through a tree.
 */
final class StoredJson {

    private StoredJson() {
    }

    /** The compact JSON text Jackson would write for {@code stored} (null stays null). */
    static String compact(String stored, JsonMapper json) {
        if (stored == null) {
            return null;
        }
        if (stored.equals("{}")) {
            return "{}";
        }
        String compact = withoutSpaces(stored);
        return compact != null ? compact : json.writeValueAsString(json.readTree(stored));
    }

    /** {@code text} without whitespace outside strings; null when it holds a {@code \}{@code u} escape or a decimal. */
    static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) == 'u') {
                        return null;
                    }
                    out.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    inString = false;
                }
                out.append(c);
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            } else if (c == '.' || ((c == 'e' || c == 'E') && previous >= '0' && previous <= '9')) {
                return null;
            } else {
                if (c == '"') {
                    inString = true;
                }
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }
}
