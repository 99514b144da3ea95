package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.adapter.in.web.TalentMessages.Resource;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violation.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the domain's violations into DRF's field-error body: domain field names become the wire's
 * ({@code skills} → {@code skills_input}, {@code startYear} → {@code start_year}), a violation of the
 * input as a whole goes under {@code non_field_errors}, an item of a nested list gets one map of
 * messages per item (empty for valid items), a nested object ({@code social_links_input}) its own map,
 * and a certificate for list position i the key {@code education_certificate_i}.
 */
final class TalentErrors {

    static final String NON_FIELD = "non_field_errors";

    /** Freelancer fields whose wire name is not simply the domain name in snake case. */
    private static final Map<String, String> FREELANCER_WIRE = Map.of(
            FreelancerForm.AVAILABLE, "is_available",
            FreelancerForm.PICTURE, "profile_picture",
            FreelancerForm.SKILLS, "skills_input",
            FreelancerForm.EDUCATIONS, "educations_input",
            FreelancerForm.EXPERIENCES, "experiences_input",
            FreelancerForm.LANGUAGES, "languages_input",
            FreelancerForm.PORTFOLIOS, "portfolios_input",
            FreelancerForm.SOCIAL_LINKS, "social_links_input");

    /** Client fields whose wire name is not simply the domain name in snake case. */
    private static final Map<String, String> CLIENT_WIRE = Map.of("picture", "profile_picture");

    private TalentErrors() {
    }

    /** The wire's name of a top-level field. */
    static String wireName(String field, Resource resource) {
        String special = (resource == Resource.CLIENT ? CLIENT_WIRE : FREELANCER_WIRE).get(field);
        return special != null ? special : snake(field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(List<Violation> violations, Resource resource) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Violation violation : violations) {
            String message = TalentMessages.of(violation, resource);
            List<Object> path = violation.path();
            if (path.isEmpty()) {
                addMessage(body, NON_FIELD, message);
            } else if (path.size() == 3 && path.get(1) instanceof Item position
                    && FreelancerForm.CERTIFICATE.equals(path.get(2))) {
                addMessage(body, itemName(violation) + "_certificate_" + position.index(), message);
            } else {
                String field = wireName((String) path.get(0), resource);
                if (path.size() == 1) {
                    addMessage(body, field, message);
                } else if (path.get(1) instanceof Item position) {
                    Object existing = body.get(field);
                    if (!(existing instanceof List<?> items) || items.size() != position.size()
                            || !(items.get(0) instanceof Map)) {
                        List<Map<String, List<String>>> fresh = new ArrayList<>();
                        for (int i = 0; i < position.size(); i++) {
                            fresh.add(new LinkedHashMap<>());
                        }
                        body.put(field, fresh);
                        existing = fresh;
                    }
                    String key = path.size() > 2 ? snake((String) path.get(2)) : NON_FIELD;
                    ((List<Map<String, List<String>>>) existing).get(position.index())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(message);
                } else {
                    Object existing = body.get(field);
                    if (!(existing instanceof Map<?, ?>)) {
                        existing = new LinkedHashMap<String, List<String>>();
                        body.put(field, existing);
                    }
                    ((Map<String, List<String>>) existing).computeIfAbsent(snake((String) path.get(1)), k -> new ArrayList<>())
                            .add(message);
                }
            }
        }
        return body;
    }

    /** A message for a field; ignored when the field already holds per-item messages (they say more). */
    @SuppressWarnings("unchecked")
    private static void addMessage(Map<String, Object> body, String field, String message) {
        Object existing = body.computeIfAbsent(field, f -> new ArrayList<String>());
        if (existing instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
            ((List<String>) list).add(message);
        }
    }

    /** {@code startYear} → {@code start_year}. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The singular of the list a violation is about: {@code educations} → {@code education}. */
    static String itemName(Violation violation) {
        String list = (String) violation.path().get(0);
        return list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
    }

    /** A field as a sentence starts with it: {@code companyName} → {@code Company name}. */
    static String label(Violation violation) {
        String words = snake((String) violation.path().get(violation.path().size() - 1)).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
