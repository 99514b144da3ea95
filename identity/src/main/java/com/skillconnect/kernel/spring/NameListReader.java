package com.skillconnect.kernel.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a list-of-names field such as {@code skills_input} the way the frontend sends it, for every
 * module's web adapter (talent's freelancer profile, marketplace's gigs and proposals): a JSON array of
 * names or of objects whose {@code name} counts (their {@code id} is ignored), the same array as a JSON
 * string inside a multipart form ({@code "[{\"name\":\"React\"}]"}), or plain text separated by commas
 * ({@code "Python, Django"}). Names are returned as sent (the domain strips and checks them, e.g.
 * {@code SkillName.parse}); an item that is no name (null, a list, an object without a name) is a null
 * entry. Anything else ({@code 42}, {@code {"a": 1}}) is {@linkplain Names#readable() unreadable}: the
 * module refuses it with its own code ({@code not_a_list} with {@link Names#wrongType()}, or gigs'
 * "Invalid skills format.").
 */
public final class NameListReader {

    /** The names read, or (when {@link #names} is null) the JSON type of a value that is no list. */
    public record Names(List<String> names, String wrongType) {

        public boolean readable() {
            return names != null;
        }
    }

    private NameListReader() {
    }

    /** The field's value as read from a JSON body (or a multipart text as a string node); null when absent or JSON null. */
    public static Names read(JsonMapper json, JsonNode field) {
        JsonNode value = unwrap(json, field);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                names.add(name(item));
            }
        } else if (value.isString()) {
            for (String name : value.asString().split(",")) {
                names.add(name);
            }
        } else {
            return new Names(null, jsonType(value));
        }
        return new Names(Collections.unmodifiableList(names), null);
    }

    /** A multipart text field; null when not sent or blank (a form's empty input). */
    public static Names read(JsonMapper json, String text) {
        return text == null || text.isBlank() ? null : read(json, json.getNodeFactory().stringNode(text));
    }

    /** A list item as a name: a text (numbers too), or an object's {@code name}; null when it is none. */
    public static String name(JsonNode item) {
        if (item.isObject()) {
            JsonNode name = item.get("name");
            return name == null || name.isNull() || name.isContainer() ? null : name.asString();
        }
        return item.isNull() || item.isContainer() ? null : item.asString();
    }

    /** A value that may carry JSON inside a string (a multipart form's nested field): the JSON it holds, else itself. */
    public static JsonNode unwrap(JsonMapper json, JsonNode value) {
        if (value != null && value.isString()) {
            try {
                return json.readTree(value.asString());
            } catch (JacksonException notJson) {
                return value;
            }
        }
        return value;
    }

    /** A JSON value's type in the words DRF's messages use ({@code str}, {@code int}, {@code dict}, …). */
    public static String jsonType(JsonNode value) {
        return value.isString() ? "str" : value.isNumber() ? (value.isIntegralNumber() ? "int" : "float")
                : value.isBoolean() ? "bool" : value.isObject() ? "dict" : value.isArray() ? "list" : "NoneType";
    }
}
