package com.skillconnect.talent.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request broke a rule of the talent domain. The messages are keyed by request field, as DRF does:
 * a field maps to a list of messages, or (for a nested list such as {@code educations_input}) to a
 * list with one map of field messages per item, empty for valid items; {@link #NON_FIELD} keys
 * messages about the request as a whole.
 */
public class TalentRuleViolation extends RuntimeException {

    public static final String NON_FIELD = "non_field_errors";

    private final Map<String, Object> messages;

    public TalentRuleViolation(Map<String, ?> messages) {
        super(messages.toString());
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static TalentRuleViolation of(String field, String message) {
        return new TalentRuleViolation(Map.of(field, List.of(message)));
    }

    public static TalentRuleViolation nonField(String message) {
        return of(NON_FIELD, message);
    }

    public Map<String, Object> messages() {
        return messages;
    }
}
