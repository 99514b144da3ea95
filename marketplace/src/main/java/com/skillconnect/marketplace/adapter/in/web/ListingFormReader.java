package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.MultipartUploads;
import com.skillconnect.kernel.spring.NameListReader;
import com.skillconnect.marketplace.domain.ListingForm;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a gig's or a proposal's request into a {@link ListingForm}, for both: a JSON object (numbers and booleans
 * as text, {@code null} as not sent, a list or an object where a value belongs as "not text"), or a form
 * ({@code multipart/form-data} or urlencoded; {@code skills_input} as a JSON array in text, as the frontend sends
 * it, or repeated). {@code skills_input} is read by the kernel's {@link NameListReader} (names or {@code {name}}
 * objects); a value it cannot read is refused as "Invalid skills format.". Unknown fields are ignored, and so is
 * a JSON {@code image} (the document's example sends {@code "<file>"}): files come in forms only.
 */
final class ListingFormReader {

    static final String SKILLS_INPUT = "skills_input";

    private final JsonMapper json;
    /** The API's field names, each with the domain's name of the field. */
    private final Map<String, String> fields;

    ListingFormReader(JsonMapper json, Map<String, String> fields) {
        this.json = json;
        this.fields = Map.copyOf(fields);
    }

    ListingForm fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            String type = body == null ? "NoneType" : NameListReader.jsonType(body);
            throw new RuleViolationException(new Violation(List.of(), CommonCode.NOT_AN_OBJECT, List.of(type)));
        }
        Map<String, String> texts = new HashMap<>();
        Set<String> notText = new HashSet<>();
        fields.forEach((wire, domain) -> {
            JsonNode value = body.get(wire);
            if (value == null || value.isNull()) {
                return;
            }
            if (value.isContainer()) {
                notText.add(domain);
            } else {
                texts.put(domain, value.asString());
            }
        });
        NameListReader.Names skills = NameListReader.read(json, body.get(SKILLS_INPUT));
        return form(texts, notText, skills);
    }

    ListingForm fromForm(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        Map<String, String> texts = new HashMap<>();
        fields.forEach((wire, domain) -> {
            String[] values = parameters.get(wire);
            if (values != null && values.length > 0) {
                texts.put(domain, values[0]);
            }
        });
        String[] skillValues = parameters.get(SKILLS_INPUT);
        NameListReader.Names skills;
        if (skillValues == null || skillValues.length == 0) {
            skills = null;
        } else if (skillValues.length > 1) {
            skills = new NameListReader.Names(Arrays.asList(skillValues), null);
        } else {
            skills = NameListReader.read(json, skillValues[0]);
        }
        return form(texts, Set.of(), skills);
    }

    /** The {@code image} part of a form, or null when none was sent. */
    static UploadedFile image(HttpServletRequest request) {
        return request instanceof MultipartHttpServletRequest multipart
                ? MultipartUploads.sent(multipart.getFile("image")) : null;
    }

    private static ListingForm form(Map<String, String> texts, Set<String> notText, NameListReader.Names skills) {
        boolean unreadable = skills != null && !skills.readable();
        return new ListingForm(texts, notText, skills == null || unreadable ? null : skills.names(), unreadable);
    }
}
