package com.skillconnect.identity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request broke a rule of the identity domain. The messages are keyed by the request field they
 * concern, or by {@link #NON_FIELD} when they concern the request as a whole.
 */
public class IdentityRuleViolation extends RuntimeException {

    public static final String NON_FIELD = "non_field_errors";

    private final Map<String, List<String>> messages;

    public IdentityRuleViolation(Map<String, List<String>> messages) {
        super(messages.toString());
        this.messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static IdentityRuleViolation of(String field, String message) {
        return new IdentityRuleViolation(Map.of(field, List.of(message)));
    }

    public static IdentityRuleViolation nonField(String message) {
        return of(NON_FIELD, message);
    }

    public Map<String, List<String>> messages() {
        return messages;
    }
}
