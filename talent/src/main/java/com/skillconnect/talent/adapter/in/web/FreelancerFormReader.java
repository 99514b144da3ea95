package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import com.skillconnect.talent.domain.FreelancerForm.PortfolioForm;
import com.skillconnect.talent.domain.FreelancerForm.SocialLinksForm;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.spring.MultipartUploads;
import com.skillconnect.kernel.spring.NameListReader;
import com.skillconnect.kernel.spring.NameListReader.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a freelancer profile request, JSON or multipart, into a {@link FreelancerForm}. Multipart
 * fields are text; the nested lists and the social links come as JSON strings (as the existing
 * frontend sends them), which JSON requests may also use. Unknown fields are ignored; a
 * {@code skills_input} item may be a name or an object whose {@code name} counts (its {@code id} is
 * ignored, see the kernel's {@link NameListReader}); {@code verification_input} is ignored (verification is not self-service).
 */
@Component
class FreelancerFormReader {

    private static final Pattern EDUCATION_CERTIFICATE = Pattern.compile("education_certificate_(\\d{1,3})");
    private static final Pattern EXPERIENCE_CERTIFICATE = Pattern.compile("experience_certificate_(\\d{1,3})");
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String ABOUT = "about";
    static final String AGE = "age";
    static final String COUNTRY = "country";
    static final String LOCATION = "location";
    static final String IS_AVAILABLE = "is_available";
    static final String PROFILE_PICTURE = "profile_picture";
    static final String SKILLS = "skills_input";
    static final String EDUCATIONS = "educations_input";
    static final String EXPERIENCES = "experiences_input";
    static final String LANGUAGES = "languages_input";
    static final String PORTFOLIOS = "portfolios_input";
    static final String SOCIAL_LINKS = "social_links_input";
    private static final Set<String> NESTED = Set.of(SKILLS, EDUCATIONS, EXPERIENCES, LANGUAGES, PORTFOLIOS, SOCIAL_LINKS);

    private final JsonMapper json;

    FreelancerFormReader(JsonMapper json) {
        this.json = json;
    }

    FreelancerForm read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "JSON parse error - the body is not a JSON object");
        }
        FreelancerForm form = new FreelancerForm();
        form.firstName(scalar(form, body, FIRST_NAME, FreelancerForm.FIRST_NAME, CommonCode.NOT_A_STRING));
        form.lastName(scalar(form, body, LAST_NAME, FreelancerForm.LAST_NAME, CommonCode.NOT_A_STRING));
        form.about(scalar(form, body, ABOUT, FreelancerForm.ABOUT, CommonCode.NOT_A_STRING));
        form.age(scalar(form, body, AGE, FreelancerForm.AGE, CommonCode.NOT_AN_INTEGER));
        form.country(scalar(form, body, COUNTRY, FreelancerForm.COUNTRY, CommonCode.NOT_A_STRING));
        form.location(scalar(form, body, LOCATION, FreelancerForm.LOCATION, CommonCode.NOT_A_STRING));
        String available = scalar(form, body, IS_AVAILABLE, FreelancerForm.AVAILABLE, CommonCode.NOT_A_BOOLEAN);
        form.isAvailable(available == null || available.isBlank() ? null : available);

        Names skills = NameListReader.read(json, body.get(SKILLS));
        if (skills != null && !skills.readable()) {
            form.unreadable(FreelancerForm.SKILLS, CommonCode.NOT_A_LIST, skills.wrongType());
        }
        form.skills(skills == null ? null : skills.names());
        form.educations(list(form, body, EDUCATIONS, FreelancerForm.EDUCATIONS, item -> !item.isObject() ? null
                : new EducationForm(text(item, "college"), text(item, "degree"), text(item, "start_year"), text(item, "end_year"))));
        form.experiences(list(form, body, EXPERIENCES, FreelancerForm.EXPERIENCES, item -> !item.isObject() ? null
                : new ExperienceForm(text(item, "role"), text(item, "company"), text(item, "start_date"),
                        text(item, "end_date"), text(item, "description"), text(item, "ongoing"))));
        form.languages(list(form, body, LANGUAGES, FreelancerForm.LANGUAGES, item -> !item.isObject() ? null
                : new LanguageForm(text(item, "name"), text(item, "proficiency"))));
        form.portfolios(list(form, body, PORTFOLIOS, FreelancerForm.PORTFOLIOS, item -> !item.isObject() ? null
                : new PortfolioForm(text(item, "title"), text(item, "description"), text(item, "project_link"))));

        JsonNode links = nested(body, SOCIAL_LINKS);
        if (links != null) {
            if (links.isNull()) {
                form.socialLinks(null);
            } else if (links.isObject()) {
                form.socialLinks(new SocialLinksForm(text(links, "github_url"), text(links, "linkedin_url"),
                        text(links, "twitter_url"), text(links, "facebook_url"), text(links, "instagram_url")));
            } else {
                form.unreadable(FreelancerForm.SOCIAL_LINKS, CommonCode.NOT_AN_OBJECT, type(links));
            }
        }
        return form;
    }

    /** Multipart: the text fields become a JSON object read as above; files by field name. */
    FreelancerForm read(MultipartHttpServletRequest request) {
        ObjectNode body = json.createObjectNode();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            String[] values = field.getValue();
            if (values.length > 0) {
                body.put(field.getKey(), values[values.length - 1]);
            }
        }
        if (body.has(PROFILE_PICTURE)) {
            body.remove(PROFILE_PICTURE); // a text value is not a new picture
        }
        for (String nested : NESTED) {
            JsonNode value = body.get(nested);
            if (value != null && value.isString() && value.asString().isBlank()) {
                body.remove(nested);
            }
        }
        FreelancerForm form = read(body);
        for (Map.Entry<String, List<MultipartFile>> files : request.getMultiFileMap().entrySet()) {
            List<MultipartFile> parts = files.getValue();
            if (parts.isEmpty()) {
                continue;
            }
            MultipartFile file = parts.get(parts.size() - 1);
            String name = files.getKey();
            Matcher education = EDUCATION_CERTIFICATE.matcher(name);
            Matcher experience = EXPERIENCE_CERTIFICATE.matcher(name);
            if (name.equals(PROFILE_PICTURE)) {
                form.profilePicture(uploaded(file));
            } else if (education.matches()) {
                form.educationCertificate(Integer.parseInt(education.group(1)), uploaded(file));
            } else if (experience.matches()) {
                form.experienceCertificate(Integer.parseInt(experience.group(1)), uploaded(file));
            }
        }
        return form;
    }

    private static UploadedFile uploaded(MultipartFile file) {
        return MultipartUploads.of(file);
    }

    private static String scalar(FreelancerForm form, JsonNode body, String wireName, String field, String notScalar) {
        JsonNode value = body.get(wireName);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainer()) {
            form.unreadable(field, notScalar);
            return null;
        }
        return value.asString();
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.isContainer() ? value.toString() : value.asString();
    }

    /** The value of a nested field; a JSON string holding JSON is read as that JSON. */
    private JsonNode nested(JsonNode body, String field) {
        return NameListReader.unwrap(json, body.get(field));
    }

    private <T> List<T> list(FreelancerForm form, JsonNode body, String wireName, String field, Function<JsonNode, T> item) {
        JsonNode value = nested(body, wireName);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            form.unreadable(field, CommonCode.NOT_A_LIST, type(value));
            return null;
        }
        List<T> items = new ArrayList<>();
        for (JsonNode element : value) {
            items.add(item.apply(element));
        }
        return items;
    }

    private static String type(JsonNode value) {
        return NameListReader.jsonType(value);
    }
}
