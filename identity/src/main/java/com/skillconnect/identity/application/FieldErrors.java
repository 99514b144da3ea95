package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.IdentityRuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the field errors of one request, so that the user sees them all at once. */
final class FieldErrors {

    static final String REQUIRED = "This field is required.";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    FieldErrors add(String field, List<String> messages) {
        if (!messages.isEmpty()) {
            errors.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages);
        }
        return this;
    }

    FieldErrors add(String field, String message) {
        return add(field, List.of(message));
    }

    FieldErrors required(String field, String value) {
        return value == null || value.isBlank() ? add(field, REQUIRED) : this;
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new IdentityRuleViolation(errors);
        }
    }
}
