package com.skillconnect.app.web;

import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.ViolationMessages.Worded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a module's {@link RuleViolationException} in DRF's shape: each violation is worded by the
 * module that knows its code ({@link ViolationMessages} beans of the modules' web adapters), then
 * placed at its path — {@code {"field": ["msg"]}}, {@code {"non_field_errors": ["msg"]}}, a nested
 * object {@code {"social_links_input": {"github_url": ["msg"]}}} or one entry per list item
 * {@code {"educations_input": [{}, {"college": ["msg"]}]}}.
 */
@Component
class ViolationBodies {

    private static final Logger log = LoggerFactory.getLogger(ViolationBodies.class);

    private final List<ViolationMessages> messages;

    ViolationBodies(List<ViolationMessages> messages) {
        this.messages = List.copyOf(messages);
    }

    Map<String, Object> of(RuleViolationException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Violation violation : e.violations()) {
            Worded worded = word(violation);
            List<Object> path = worded.path().isEmpty() || !(worded.path().get(0) instanceof String)
                    ? prepend(DrfErrors.NON_FIELD_ERRORS, worded.path()) : worded.path();
            insert(body, path, worded.message());
        }
        return body;
    }

    private Worded word(Violation violation) {
        for (ViolationMessages module : messages) {
            Optional<Worded> worded = module.word(violation);
            if (worded.isPresent()) {
                return worded.get();
            }
        }
        log.warn("No module words the rule violation {}: answering its code", violation);
        return new Worded(violation.path(), violation.code());
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> node, List<Object> path, String message) {
        String field = (String) path.get(0);
        List<Object> rest = path.subList(1, path.size());
        Object existing = node.get(field);
        if (rest.isEmpty()) {
            List<String> list = existing instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof String)
                    ? (List<String>) l : new ArrayList<>();
            list.add(message);
            node.put(field, list);
        } else if (rest.get(0) instanceof Violation.Item item) {
            List<Map<String, Object>> items;
            if (existing instanceof List<?> l && l.size() == item.size() && l.get(0) instanceof Map) {
                items = (List<Map<String, Object>>) l;
            } else {
                items = new ArrayList<>();
                for (int i = 0; i < item.size(); i++) {
                    items.add(new LinkedHashMap<>());
                }
                node.put(field, items);
            }
            List<Object> below = rest.subList(1, rest.size());
            insert(items.get(item.index()), below.isEmpty() || !(below.get(0) instanceof String)
                    ? prepend(DrfErrors.NON_FIELD_ERRORS, below) : below, message);
        } else {
            Map<String, Object> nested = existing instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
            node.put(field, nested);
            insert(nested, rest, message);
        }
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> path = new ArrayList<>();
        path.add(first);
        path.addAll(rest);
        return path;
    }
}
