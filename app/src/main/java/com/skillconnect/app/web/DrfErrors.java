package com.skillconnect.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The error bodies of Django REST Framework, which the existing frontend reads:
 * {@code {"field": ["message"]}}, {@code {"non_field_errors": ["message"]}} and {@code {"detail": "message"}}.
 */
public final class DrfErrors {

    public static final String NON_FIELD_ERRORS = "non_field_errors";
    public static final String NOT_FOUND = "Not found.";

    private DrfErrors() {
    }

    public static Map<String, Object> detail(String message) {
        return Map.of("detail", message);
    }

    public static Map<String, List<String>> of(BindingResult result) {
        Map<String, List<String>> body = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            add(body, snakeCase(error.getField()), message(error));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            add(body, NON_FIELD_ERRORS, message(error));
        }
        return body;
    }

    public static Map<String, List<String>> field(String field, String message) {
        return Map.of(field, List.of(message));
    }

    /** {@code newPassword} and {@code new_password} both become {@code new_password}. */
    public static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(Map<String, List<String>> body, String key, String message) {
        body.computeIfAbsent(key, k -> new java.util.ArrayList<>());
        if (!body.get(key).contains(message)) {
            body.get(key).add(message);
        }
    }

    private static String message(ObjectError error) {
        if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
            return "Invalid value.";
        }
        return error.getDefaultMessage() == null ? "Invalid value." : error.getDefaultMessage();
    }
}
