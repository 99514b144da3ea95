package com.skillconnect.talent.domain;

import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import com.skillconnect.talent.domain.FreelancerForm.PortfolioForm;
import com.skillconnect.talent.domain.FreelancerForm.SocialLinksForm;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule of a freelancer profile's fields, checked all at once so that one answer lists every
 * problem, in DRF's shapes (nested lists: one map of messages per item, empty for valid items).
 * <ul>
 * <li>Names: letters with single inner spaces, hyphens or apostrophes, 2–50 characters.</li>
 * <li>{@code about} 10–2000 characters; {@code age} 16–100; {@code country} a {@linkplain Countries known
 * country} (answered in its known spelling); {@code location} up to 100 characters.</li>
 * <li>At least one skill (each up to 50 characters, de-duplicated case-insensitively, at most 30) and
 * one language (proficiency beginner, intermediate, advanced/fluent, native; no language twice).</li>
 * <li>Education years 1900–2100, end year (optional while studying) not before the start year.
 * Experience dates ISO {@code YYYY-MM-DD}, end not before start, no end date while ongoing.</li>
 * <li>Portfolio links and social links: absolute http(s) URLs with a host, up to 500 characters.</li>
 * <li>Files: the picture png, jpeg or webp; certificates pdf, png or jpeg, recognised by content;
 * each at most the configured size; a certificate attaches to an existing item position.</li>
 * </ul>
 * A full check (create, PUT) requires every required field; a partial one (PATCH) checks what was sent.
 * A domain service: plain Java, configured with the file size limit.
 */
public class FreelancerRules {

    public static final String REQUIRED = "This field is required.";
    public static final String BLANK = "This field may not be blank.";
    public static final String INVALID_INTEGER = "A valid integer is required.";
    public static final String INVALID_BOOLEAN = "Must be a valid boolean.";
    public static final String INVALID_DATE = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
    public static final String INVALID_URL = "Enter a valid URL.";
    public static final String INVALID_NAME =
            "Enter a valid name: at least 2 letters, with single spaces, hyphens or apostrophes between them.";
    public static final String NO_SKILL = "At least one skill is required.";
    public static final String NO_LANGUAGE = "At least one language is required.";
    public static final String END_YEAR_BEFORE_START = "End year must be greater than or equal to start year.";
    public static final String END_DATE_BEFORE_START = "End date must not be before start date.";
    public static final String ONGOING_WITH_END_DATE = "An ongoing experience has no end date.";
    public static final String DUPLICATE_LANGUAGE = "This language is listed twice.";
    public static final String NOT_A_PICTURE = "Upload a valid image: png, jpeg or webp.";
    public static final String NOT_A_CERTIFICATE = "Unsupported file type: upload a pdf, png or jpg file.";
    public static final String EMPTY_FILE = "The submitted file is empty.";

    static final int NAME_MAX = 50;
    static final int ABOUT_MIN = 10;
    static final int ABOUT_MAX = 2000;
    static final int AGE_MIN = 16;
    static final int AGE_MAX = 100;
    static final int LOCATION_MAX = 100;
    static final int MAX_SKILLS = 30;
    static final int MAX_ITEMS = 20;
    static final int TITLE_MAX = 150;
    static final int ROLE_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;
    static final int LANGUAGE_MAX = 50;
    static final int URL_MAX = 500;
    static final int YEAR_MIN = 1900;
    static final int YEAR_MAX = 2100;

    private static final Pattern NAME = Pattern.compile("\\p{L}+(?:[ '\u2019-]\\p{L}+)*");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "t", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "f", "off");

    private final long maxFileSize;

    /** @param maxFileSize the most bytes one uploaded file may have */
    public FreelancerRules(long maxFileSize) {
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("The file size limit is positive");
        }
        this.maxFileSize = maxFileSize;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    /**
     * Checks a form against every rule.
     *
     * @param current the profile being changed, or null when creating one
     * @param full    true for create and PUT (required fields must be sent), false for PATCH
     * @throws TalentRuleViolation listing every broken rule
     */
    public FreelancerChange check(FreelancerForm form, Freelancer current, boolean full) {
        Violations errors = new Violations();
        form.unreadable().forEach(errors::add);
        Set<String> unreadable = form.unreadable().keySet();

        String firstName = skip(unreadable, FreelancerForm.FIRST_NAME) ? null : name(errors, FreelancerForm.FIRST_NAME, form.firstName(), full);
        String lastName = skip(unreadable, FreelancerForm.LAST_NAME) ? null : name(errors, FreelancerForm.LAST_NAME, form.lastName(), full);
        String about = skip(unreadable, FreelancerForm.ABOUT) ? null : text(errors, FreelancerForm.ABOUT, form.about(), full, ABOUT_MIN, ABOUT_MAX);
        Integer age = skip(unreadable, FreelancerForm.AGE) ? null : age(errors, form.age(), full);
        String country = skip(unreadable, FreelancerForm.COUNTRY) ? null : country(errors, form.country(), full);
        String location = skip(unreadable, FreelancerForm.LOCATION) ? null : text(errors, FreelancerForm.LOCATION, form.location(), full, 1, LOCATION_MAX);
        Boolean available = skip(unreadable, FreelancerForm.IS_AVAILABLE) ? null : bool(form.isAvailable(), errors, FreelancerForm.IS_AVAILABLE);
        if (available == null && full && !errors.has(FreelancerForm.IS_AVAILABLE)) {
            available = Boolean.TRUE;
        }
        List<SkillName> skills = skip(unreadable, FreelancerForm.SKILLS) ? null : skills(errors, form.skills(), full);
        List<Education> educations = skip(unreadable, FreelancerForm.EDUCATIONS) ? null : educations(errors, form.educations(), full);
        List<Experience> experiences = skip(unreadable, FreelancerForm.EXPERIENCES) ? null : experiences(errors, form.experiences(), full);
        List<Language> languages = skip(unreadable, FreelancerForm.LANGUAGES) ? null : languages(errors, form.languages(), full);
        List<PortfolioItem> portfolios = skip(unreadable, FreelancerForm.PORTFOLIOS) ? null : portfolios(errors, form.portfolios(), full);
        SocialLinks socialLinks = skip(unreadable, FreelancerForm.SOCIAL_LINKS) ? null : socialLinks(errors, form, full);

        UploadedFile picture = form.profilePicture();
        if (picture != null) {
            file(errors, FreelancerForm.PROFILE_PICTURE, picture, FileKind.PICTURES, NOT_A_PICTURE);
        }
        int educationCount = form.educations() != null ? form.educations().size()
                : full || current == null ? 0 : current.educations().size();
        int experienceCount = form.experiences() != null ? form.experiences().size()
                : full || current == null ? 0 : current.experiences().size();
        certificates(errors, FreelancerForm.EDUCATION_CERTIFICATE, form.educationCertificates(), educationCount, "education");
        certificates(errors, FreelancerForm.EXPERIENCE_CERTIFICATE, form.experienceCertificates(), experienceCount, "experience");

        errors.throwIfAny();
        return new FreelancerChange(firstName, lastName, about, age, country, location, available, skills, educations,
                experiences, languages, portfolios, socialLinks, picture, form.educationCertificates(),
                form.experienceCertificates());
    }

    private static boolean skip(Set<String> unreadable, String field) {
        return unreadable.contains(field);
    }

    // ---- scalars --------------------------------------------------------------------------------

    private static String name(Violations errors, String field, String value, boolean required) {
        String text = present(errors, field, value, required);
        if (text == null) {
            return null;
        }
        if (text.length() > NAME_MAX) {
            errors.add(field, maxLength(NAME_MAX));
        } else if (text.length() < 2 || !NAME.matcher(text).matches()) {
            errors.add(field, INVALID_NAME);
        }
        return text;
    }

    private static String text(Violations errors, String field, String value, boolean required, int min, int max) {
        String text = present(errors, field, value, required);
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            errors.add(field, maxLength(max));
        } else if (text.length() < min) {
            errors.add(field, minLength(min));
        }
        return text;
    }

    /** The stripped text, or null (after recording why) when missing or blank. */
    private static String present(Violations errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field, REQUIRED);
            }
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            errors.add(field, BLANK);
            return null;
        }
        return text;
    }

    private static Integer age(Violations errors, String value, boolean required) {
        String text = present(errors, FreelancerForm.AGE, value, required);
        if (text == null) {
            return null;
        }
        Integer age = integer(text);
        if (age == null) {
            errors.add(FreelancerForm.AGE, INVALID_INTEGER);
        } else if (age < AGE_MIN) {
            errors.add(FreelancerForm.AGE, atLeast(AGE_MIN));
        } else if (age > AGE_MAX) {
            errors.add(FreelancerForm.AGE, atMost(AGE_MAX));
        }
        return age;
    }

    private static String country(Violations errors, String value, boolean required) {
        String text = present(errors, FreelancerForm.COUNTRY, value, required);
        if (text == null) {
            return null;
        }
        if (!Countries.isKnown(text)) {
            errors.add(FreelancerForm.COUNTRY, "\"" + text + "\" is not a known country.");
            return null;
        }
        return Countries.canonical(text);
    }

    private static Boolean bool(String value, Violations errors, String field) {
        if (value == null) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        errors.add(field, INVALID_BOOLEAN);
        return null;
    }

    private static Integer integer(String text) {
        if (!text.matches("[+-]?\\d{1,9}(\\.0*)?")) {
            return null;
        }
        return Integer.valueOf(text.replaceFirst("\\.0*$", ""));
    }

    // ---- lists ----------------------------------------------------------------------------------

    /** Null when not sent (and not required) or when the list itself is wrong. */
    private static boolean listChecked(Violations errors, String field, List<?> items, boolean required, int max,
            String emptyMessage) {
        if (items == null) {
            if (required) {
                errors.add(field, REQUIRED);
            }
            return false;
        }
        if (items.isEmpty() && emptyMessage != null) {
            errors.add(field, emptyMessage);
            return false;
        }
        if (items.size() > max) {
            errors.add(field, "Ensure this field has no more than " + max + " elements.");
            return false;
        }
        return true;
    }

    private static List<SkillName> skills(Violations errors, List<String> items, boolean required) {
        if (!listChecked(errors, FreelancerForm.SKILLS, items, required, MAX_SKILLS * 2, NO_SKILL)) {
            return null;
        }
        Map<String, SkillName> unique = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = items.get(i);
            if (value == null) {
                errors.addItem(FreelancerForm.SKILLS, i, items.size(), "name", REQUIRED);
            } else if (value.isBlank()) {
                errors.addItem(FreelancerForm.SKILLS, i, items.size(), "name", BLANK);
            } else if (value.strip().length() > SkillName.MAX_LENGTH) {
                errors.addItem(FreelancerForm.SKILLS, i, items.size(), "name", maxLength(SkillName.MAX_LENGTH));
            } else {
                SkillName skill = new SkillName(value);
                unique.putIfAbsent(skill.key(), skill);
            }
        }
        if (!errors.has(FreelancerForm.SKILLS) && unique.size() > MAX_SKILLS) {
            errors.add(FreelancerForm.SKILLS, "Ensure this field has no more than " + MAX_SKILLS + " elements.");
        }
        return errors.has(FreelancerForm.SKILLS) ? null : List.copyOf(unique.values());
    }

    private static List<Education> educations(Violations errors, List<EducationForm> items, boolean full) {
        String field = FreelancerForm.EDUCATIONS;
        if (items == null) {
            return full ? List.of() : null;
        }
        if (!listChecked(errors, field, items, false, MAX_ITEMS, null)) {
            return null;
        }
        List<Education> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = new Item(errors, field, i, items.size());
            EducationForm form = items.get(i);
            if (form == null) {
                item.add("non_field_errors", "Invalid data. Expected a dictionary.");
                continue;
            }
            String college = item.text("college", form.college(), true, 1, TITLE_MAX);
            String degree = item.text("degree", form.degree(), true, 1, TITLE_MAX);
            Integer start = item.year("start_year", form.startYear(), true);
            Integer end = item.year("end_year", form.endYear(), false);
            if (start != null && end != null && end < start) {
                item.add("end_year", END_YEAR_BEFORE_START);
            }
            if (item.valid()) {
                result.add(new Education(college, degree, start, end, null));
            }
        }
        return errors.has(field) ? null : result;
    }

    private static List<Experience> experiences(Violations errors, List<ExperienceForm> items, boolean full) {
        String field = FreelancerForm.EXPERIENCES;
        if (items == null) {
            return full ? List.of() : null;
        }
        if (!listChecked(errors, field, items, false, MAX_ITEMS, null)) {
            return null;
        }
        List<Experience> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = new Item(errors, field, i, items.size());
            ExperienceForm form = items.get(i);
            if (form == null) {
                item.add("non_field_errors", "Invalid data. Expected a dictionary.");
                continue;
            }
            String role = item.text("role", form.role(), true, 1, ROLE_MAX);
            String company = item.text("company", form.company(), true, 1, ROLE_MAX);
            LocalDate start = item.date("start_date", form.startDate(), true);
            LocalDate end = item.date("end_date", form.endDate(), false);
            String description = item.optionalText("description", form.description(), DESCRIPTION_MAX);
            Boolean ongoing = item.bool("ongoing", form.ongoing());
            if (Boolean.TRUE.equals(ongoing) && end != null) {
                item.add("end_date", ONGOING_WITH_END_DATE);
            } else if (start != null && end != null && end.isBefore(start)) {
                item.add("end_date", END_DATE_BEFORE_START);
            }
            if (item.valid()) {
                result.add(new Experience(role, company, start, end, description, Boolean.TRUE.equals(ongoing), null));
            }
        }
        return errors.has(field) ? null : result;
    }

    private static List<Language> languages(Violations errors, List<LanguageForm> items, boolean required) {
        String field = FreelancerForm.LANGUAGES;
        if (!listChecked(errors, field, items, required, MAX_ITEMS, NO_LANGUAGE)) {
            return null;
        }
        List<Language> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = new Item(errors, field, i, items.size());
            LanguageForm form = items.get(i);
            if (form == null) {
                item.add("non_field_errors", "Invalid data. Expected a dictionary.");
                continue;
            }
            String name = item.text("name", form.name(), true, 1, LANGUAGE_MAX);
            if (name != null && !seen.add(name.toLowerCase(Locale.ROOT))) {
                item.add("name", DUPLICATE_LANGUAGE);
            }
            Proficiency proficiency = null;
            String level = item.text("proficiency", form.proficiency(), true, 1, Integer.MAX_VALUE);
            if (level != null) {
                proficiency = Proficiency.parse(level).orElse(null);
                if (proficiency == null) {
                    item.add("proficiency", "\"" + level + "\" is not a valid choice.");
                }
            }
            if (item.valid()) {
                result.add(new Language(name, proficiency));
            }
        }
        return errors.has(field) ? null : result;
    }

    private static List<PortfolioItem> portfolios(Violations errors, List<PortfolioForm> items, boolean full) {
        String field = FreelancerForm.PORTFOLIOS;
        if (items == null) {
            return full ? List.of() : null;
        }
        if (!listChecked(errors, field, items, false, MAX_ITEMS, null)) {
            return null;
        }
        List<PortfolioItem> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = new Item(errors, field, i, items.size());
            PortfolioForm form = items.get(i);
            if (form == null) {
                item.add("non_field_errors", "Invalid data. Expected a dictionary.");
                continue;
            }
            String title = item.text("title", form.title(), true, 1, TITLE_MAX);
            String description = item.optionalText("description", form.description(), DESCRIPTION_MAX);
            String link = item.url("project_link", form.projectLink());
            if (item.valid()) {
                result.add(new PortfolioItem(title, description, link));
            }
        }
        return errors.has(field) ? null : result;
    }

    private static SocialLinks socialLinks(Violations errors, FreelancerForm form, boolean full) {
        if (!form.socialLinksSent()) {
            return full ? SocialLinks.NONE : null;
        }
        SocialLinksForm links = form.socialLinks();
        if (links == null) {
            return SocialLinks.NONE;
        }
        String field = FreelancerForm.SOCIAL_LINKS;
        String github = socialUrl(errors, field, "github_url", links.githubUrl());
        String linkedin = socialUrl(errors, field, "linkedin_url", links.linkedinUrl());
        String twitter = socialUrl(errors, field, "twitter_url", links.twitterUrl());
        String facebook = socialUrl(errors, field, "facebook_url", links.facebookUrl());
        String instagram = socialUrl(errors, field, "instagram_url", links.instagramUrl());
        return errors.has(field) ? null : new SocialLinks(github, linkedin, twitter, facebook, instagram);
    }

    private static String socialUrl(Violations errors, String object, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        String problem = urlProblem(url);
        if (problem != null) {
            errors.addNested(object, field, problem);
        }
        return url;
    }

    /** Null for an absolute http(s) URL with a host name of at most {@value #URL_MAX} characters. */
    static String urlProblem(String url) {
        if (url.length() > URL_MAX) {
            return maxLength(URL_MAX);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean hostOk = host != null && (host.equals("localhost") || host.matches("[^.]+(\\.[^.]+)+"));
            return (scheme.equals("http") || scheme.equals("https")) && hostOk ? null : INVALID_URL;
        } catch (URISyntaxException e) {
            return INVALID_URL;
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    private void certificates(Violations errors, String prefix, Map<Integer, UploadedFile> files, int items, String what) {
        files.forEach((index, file) -> {
            String field = prefix + index;
            if (index < 0 || index >= items) {
                errors.add(field, "There is no " + what + " at position " + index + ".");
            } else {
                file(errors, field, file, FileKind.CERTIFICATES, NOT_A_CERTIFICATE);
            }
        });
    }

    private void file(Violations errors, String field, UploadedFile file, Set<FileKind> allowed, String wrongKind) {
        if (file.size() == 0) {
            errors.add(field, EMPTY_FILE);
        } else if (file.size() > maxFileSize) {
            errors.add(field, tooLarge(maxFileSize));
        } else if (file.kind().filter(allowed::contains).isEmpty()) {
            errors.add(field, wrongKind);
        }
    }

    static String tooLarge(long maxBytes) {
        String limit = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB"
                : maxBytes % 1024 == 0 ? maxBytes / 1024 + " KB" : maxBytes + " bytes";
        return "The file is too large: at most " + limit + " are allowed.";
    }

    // ---- messages -------------------------------------------------------------------------------

    static String maxLength(int max) {
        return "Ensure this field has no more than " + max + " characters.";
    }

    static String minLength(int min) {
        return "Ensure this field has at least " + min + " characters.";
    }

    static String atLeast(int min) {
        return "Ensure this value is greater than or equal to " + min + ".";
    }

    static String atMost(int max) {
        return "Ensure this value is less than or equal to " + max + ".";
    }

    /** The checks of one item of a nested list; messages land at the item's position. */
    private static final class Item {

        private final Violations errors;
        private final String list;
        private final int index;
        private final int size;
        private boolean valid = true;

        Item(Violations errors, String list, int index, int size) {
            this.errors = errors;
            this.list = list;
            this.index = index;
            this.size = size;
        }

        void add(String field, String message) {
            errors.addItem(list, index, size, field, message);
            valid = false;
        }

        boolean valid() {
            return valid;
        }

        String text(String field, String value, boolean required, int min, int max) {
            if (value == null) {
                if (required) {
                    add(field, REQUIRED);
                }
                return null;
            }
            String text = value.strip();
            if (text.isEmpty()) {
                if (required) {
                    add(field, BLANK);
                }
                return null;
            }
            if (text.length() > max) {
                add(field, maxLength(max));
            } else if (text.length() < min) {
                add(field, minLength(min));
            }
            return text;
        }

        String optionalText(String field, String value, int max) {
            String text = text(field, value, false, 0, max);
            return text == null ? "" : text;
        }

        Integer year(String field, String value, boolean required) {
            String text = text(field, value, required, 1, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            Integer year = integer(text);
            if (year == null) {
                add(field, INVALID_INTEGER);
            } else if (year < YEAR_MIN) {
                add(field, atLeast(YEAR_MIN));
            } else if (year > YEAR_MAX) {
                add(field, atMost(YEAR_MAX));
            }
            return year;
        }

        LocalDate date(String field, String value, boolean required) {
            String text = text(field, value, required, 1, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            try {
                if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException(text, text, 0);
                }
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                add(field, INVALID_DATE);
                return null;
            }
        }

        Boolean bool(String field, String value) {
            if (value == null || value.isBlank()) {
                return Boolean.FALSE;
            }
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (TRUE.contains(text)) {
                return Boolean.TRUE;
            }
            if (FALSE.contains(text)) {
                return Boolean.FALSE;
            }
            add(field, INVALID_BOOLEAN);
            return null;
        }

        String url(String field, String value) {
            String text = text(field, value, false, 0, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            String problem = urlProblem(text);
            if (problem != null) {
                add(field, problem);
            }
            return text;
        }
    }
}
