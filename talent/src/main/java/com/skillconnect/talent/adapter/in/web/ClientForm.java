package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.ClientField;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.MultipartUploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a client profile form, sent as JSON or as {@code multipart/form-data}, into a {@link ClientDraft}.
 * <p>
 * The API document shows {@code project_types}, {@code preferred_communications}, {@code business_goals}
 * and {@code current_challenges} as plain strings; the frontend's wizard sends them as JSON array strings
 * inside multipart ({@code ["Web Development","SEO"]}). Both are accepted, and real JSON arrays too;
 * a list is kept as its items joined with {@code ", "}, the document's form. Unknown fields are ignored.
 */
final class ClientForm {

    static final String LIST_SEPARATOR = ", ";
    static final String PICTURE = "profile_picture";

    /** The fields by their names on the wire (the domain's keys in snake case: {@code first_name}). */
    private static final Map<String, ClientField> BY_WIRE_NAME = Arrays.stream(ClientField.values())
            .collect(Collectors.toUnmodifiableMap(field -> TalentErrors.snake(field.key()), Function.identity()));

    private static final Set<ClientField> LISTS = EnumSet.of(ClientField.PROJECT_TYPES,
            ClientField.PREFERRED_COMMUNICATIONS, ClientField.BUSINESS_GOALS, ClientField.CURRENT_CHALLENGES);

    private final JsonMapper json;

    ClientForm(JsonMapper json) {
        this.json = json;
    }

    ClientDraft fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            String got = body == null || body.isNull() ? "null" : body.isArray() ? "list" : body.isString() ? "str" : "int";
            throw new RuleViolationException(List.of(new Violation(List.of(), CommonCode.NOT_AN_OBJECT, List.of(got))));
        }
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        Violations errors = new Violations();
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            ClientField field = BY_WIRE_NAME.get(property.getKey());
            if (field == null) {
                continue;
            }
            JsonNode value = property.getValue();
            if (value == null || value.isNull()) {
                values.put(field, "");
            } else if (value.isArray() && LISTS.contains(field)) {
                values.put(field, join(value));
            } else if (value.isString()) {
                values.put(field, LISTS.contains(field) ? listText(value.stringValue()) : value.stringValue());
            } else if (value.isNumber()) {
                values.put(field, value.decimalValue().toPlainString());
            } else if (value.isBoolean()) {
                values.put(field, value.asString());
            } else {
                errors.at(field.key()).add(CommonCode.NOT_A_STRING);
            }
        }
        errors.throwIfAny();
        return ClientDraft.of(values);
    }

    ClientDraft fromForm(Map<String, String[]> parameters) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        parameters.forEach((name, given) -> Optional.ofNullable(BY_WIRE_NAME.get(name)).ifPresent(field -> {
            if (given == null || given.length == 0) {
                values.put(field, "");
            } else if (LISTS.contains(field)) {
                List<String> parts = new ArrayList<>();
                for (String part : given) {
                    String text = listText(part);
                    if (!text.isBlank()) {
                        parts.add(text);
                    }
                }
                values.put(field, String.join(LIST_SEPARATOR, parts));
            } else {
                values.put(field, given[given.length - 1]);
            }
        }));
        return ClientDraft.of(values);
    }

    /** The uploaded picture, or null when none was sent (browsers send an empty part for an empty file input). */
    static UploadedFile picture(MultipartFile file) {
        return MultipartUploads.sent(file);
    }

    /** A list field sent as text: a JSON array string becomes its items joined; anything else stays as it is. */
    private String listText(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            try {
                JsonNode parsed = json.readTree(trimmed);
                if (parsed.isArray()) {
                    return join(parsed);
                }
            } catch (JacksonException notJson) {
                // plain text that happens to be bracketed
            }
        }
        return text;
    }

    private static String join(JsonNode array) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array.values()) {
            String text = item.isNull() ? "" : item.isString() ? item.stringValue().trim() : item.toString();
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        return String.join(LIST_SEPARATOR, items);
    }
}
