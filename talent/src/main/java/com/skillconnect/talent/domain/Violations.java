package com.skillconnect.talent.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects rule violations in DRF's shape, then throws them all at once as a {@link TalentRuleViolation}. */
final class Violations {

    private final Map<String, Object> messages = new LinkedHashMap<>();

    /** A message for a top-level field. */
    @SuppressWarnings("unchecked")
    void add(String field, String message) {
        Object existing = messages.computeIfAbsent(field, f -> new ArrayList<String>());
        if (existing instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
            ((List<String>) list).add(message);
        }
    }

    /** A message for a field of the index-th item of a nested list of {@code size} items. */
    @SuppressWarnings("unchecked")
    void addItem(String list, int index, int size, String field, String message) {
        Object existing = messages.get(list);
        if (!(existing instanceof List<?> items) || items.size() != size || !(items.get(0) instanceof Map)) {
            List<Map<String, List<String>>> fresh = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                fresh.add(new LinkedHashMap<>());
            }
            messages.put(list, fresh);
            existing = fresh;
        }
        Map<String, List<String>> item = ((List<Map<String, List<String>>>) existing).get(index);
        item.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** A message for a field of a nested object (DRF: {@code {"social_links_input": {"github_url": [...]}}}). */
    @SuppressWarnings("unchecked")
    void addNested(String object, String field, String message) {
        Object existing = messages.get(object);
        if (!(existing instanceof Map<?, ?>)) {
            existing = new LinkedHashMap<String, List<String>>();
            messages.put(object, existing);
        }
        ((Map<String, List<String>>) existing).computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    boolean has(String field) {
        return messages.containsKey(field);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new TalentRuleViolation(messages);
        }
    }
}
