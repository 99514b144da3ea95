package com.skillconnect.conversations.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored metadata's text is written as Jackson would write a tree of it, byte for byte. */
class StoredJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /** Texts as PostgreSQL prints {@code jsonb} (keys ordered by length, then bytes; ", " and ": "). */
    private static final List<String> PLAIN = List.of(
            "{}",
            "{\"a\": 1}",
            "{\"b\": [1, 2, {\"c\": null}], \"label\": \"VIP\", \"pinned\": true}",
            "{\"s\": \"a, b: c  d\", \"t\": \" \"}",
            "{\"u\": \"é 日本 😀\", \"ключ\": \"значение\"}",
            "{\"q\": \"say \\\"hi\\\" \\\\ / done\\n\\ttab\\r\\b\\f\", \"slash\": \"a/b\"}",
            "{\"n\": -12, \"z\": 0, \"big\": 123456789012345678901234567890}",
            "{\"e\": [], \"f\": false, \"o\": {}, \"deep\": {\"x\": {\"y\": [[], [true, null]]}}}",
            "{\"html\": \"<b>&amp;</b> 'x'\", \"u2028\": \"\u2028\u2029\", \"del\": \"\u007f\"}");

    /** Texts whose bytes Jackson would write otherwise: they still go through a tree. */
    private static final List<String> TREE = List.of(
            "{\"ctl\": \"\\u0001\\u001f\"}",
            "{\"d\": 1.10}",
            "{\"d\": [0.000010, -3.5]}");

    @Test
    void writesTheStoredTextAsJacksonWouldWriteItsTree() {
        for (String stored : PLAIN) {
            assertThat(StoredJson.withoutSpaces(stored)).as(stored).isNotNull();
            assertThat(StoredJson.compact(stored, json)).as(stored).isEqualTo(viaTree(stored));
        }
        for (String stored : TREE) {
            assertThat(StoredJson.withoutSpaces(stored)).as(stored).isNull();
            assertThat(StoredJson.compact(stored, json)).as(stored).isEqualTo(viaTree(stored));
        }
        assertThat(StoredJson.compact(null, json)).isNull();
    }

    private String viaTree(String stored) {
        return json.writeValueAsString(json.readTree(stored));
    }
}
