package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.WebUrl;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import static com.skillconnect.talent.domain.FreelancerForm.*;

import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import com.skillconnect.talent.domain.FreelancerForm.PortfolioForm;
import com.skillconnect.talent.domain.FreelancerForm.SocialLinksForm;
import com.skillconnect.kernel.Violation.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a {@link FreelancerForm} into a checked {@link FreelancerChange}, or refuses it with every
 * {@link Violation} at once (nested lists: each at its item's position). The rules themselves belong
 * to the values ({@link PersonName}, {@link AboutText}, {@link Age}, {@link CountryName}, {@link SkillName},
 * {@link YearRange}, {@link Period}, {@link WebUrl}, {@link UploadPolicy}…); this class only says which
 * field is which value, which are required, and how lists are bounded.
 * <ul>
 * <li>Names at most 50 characters; location up to 100 characters; titles 150, roles and companies 100,
 * descriptions 2000, language names 50.</li>
 * <li>At least one skill (de-duplicated case-insensitively, at most 30) and one language (no language
 * twice); at most 20 educations, experiences, languages and portfolio items.</li>
 * <li>A certificate attaches to an existing item position.</li>
 * </ul>
 * A full check (create, PUT) requires every required field; a partial one (PATCH) checks what was sent.
 * A domain service: plain Java, configured with the file size limit.
 */
public class FreelancerRules {

    static final int NAME_MAX = 50;
    static final int LOCATION_MAX = 100;
    static final int MAX_SKILLS = Freelancer.MAX_SKILLS;
    static final int MAX_ITEMS = 20;
    static final int TITLE_MAX = 150;
    static final int ROLE_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;
    static final int LANGUAGE_MAX = 50;

    private final UploadPolicy uploads;

    /** @param maxFileSize the most bytes one uploaded file may have */
    public FreelancerRules(long maxFileSize) {
        this.uploads = new UploadPolicy(maxFileSize);
    }

    public long maxFileSize() {
        return uploads.maxBytes();
    }

    /**
     * Checks a form against every rule.
     *
     * @param current the profile being changed, or null when creating one
     * @param full    true for create and PUT (required fields must be sent), false for PATCH
     * @throws RuleViolationException listing every broken rule
     */
    public FreelancerChange check(FreelancerForm form, Freelancer current, boolean full) {
        Violations errors = new Violations();
        form.unreadable().values().forEach(bad -> errors.at(bad.path().toArray()).add(bad.code(), bad.args().toArray()));
        Set<String> unreadable = form.unreadable().keySet();
        Fields fields = new Fields(errors, unreadable, full);

        PersonName firstName = fields.scalar(FIRST_NAME, form.firstName(), text -> PersonName.parse(text, NAME_MAX));
        PersonName lastName = fields.scalar(LAST_NAME, form.lastName(), text -> PersonName.parse(text, NAME_MAX));
        AboutText about = fields.scalar(ABOUT, form.about(), AboutText::parse);
        Age age = fields.scalar(AGE, form.age(), Age::parse);
        CountryName country = fields.scalar(COUNTRY, form.country(), CountryName::parse);
        String location = fields.scalar(LOCATION, form.location(), text -> Text.bounded(text, 1, LOCATION_MAX));
        Boolean available = unreadable.contains(AVAILABLE) || form.isAvailable() == null ? null
                : errors.at(AVAILABLE).take(Text.bool(form.isAvailable()));
        if (available == null && full && !errors.at(AVAILABLE).any()) {
            available = Boolean.TRUE;
        }
        List<SkillName> skills = unreadable.contains(SKILLS) ? null : skills(errors.at(SKILLS), form.skills(), full);
        List<Education> educations = unreadable.contains(EDUCATIONS) ? null
                : optionalList(errors.at(EDUCATIONS), form.educations(), full, FreelancerRules::education);
        List<Experience> experiences = unreadable.contains(EXPERIENCES) ? null
                : optionalList(errors.at(EXPERIENCES), form.experiences(), full, FreelancerRules::experience);
        List<Language> languages = unreadable.contains(LANGUAGES) ? null : languages(errors.at(LANGUAGES), form.languages(), full);
        List<PortfolioItem> portfolios = unreadable.contains(PORTFOLIOS) ? null
                : optionalList(errors.at(PORTFOLIOS), form.portfolios(), full, FreelancerRules::portfolio);
        SocialLinks socialLinks = unreadable.contains(SOCIAL_LINKS) ? null : socialLinks(errors.at(SOCIAL_LINKS), form, full);

        UploadedFile picture = form.profilePicture();
        if (picture != null) {
            errors.at(PICTURE).take(uploads.picture(picture));
        }
        int educationCount = form.educations() != null ? form.educations().size()
                : full || current == null ? 0 : current.educations().size();
        int experienceCount = form.experiences() != null ? form.experiences().size()
                : full || current == null ? 0 : current.experiences().size();
        certificates(errors.at(EDUCATIONS), form.educationCertificates(), educationCount);
        certificates(errors.at(EXPERIENCES), form.experienceCertificates(), experienceCount);

        errors.throwIfAny();
        return new FreelancerChange(firstName, lastName, about, age, country, location, available, skills, educations,
                experiences, languages, portfolios, socialLinks, picture, form.educationCertificates(),
                form.experienceCertificates());
    }

    /** The top-level scalar fields: required on a full check, never blank, then the value's own rule. */
    private record Fields(Violations errors, Set<String> unreadable, boolean full) {

        <T> T scalar(String field, String value, Function<String, Parsed<T>> parse) {
            if (unreadable.contains(field)) {
                return null;
            }
            Violations at = errors.at(field);
            String text = Text.present(at, value, full, true);
            return text == null ? null : at.take(parse.apply(text));
        }
    }

    // ---- lists ----------------------------------------------------------------------------------

    /** Whether a sent list may be looked into: not missing when required, not empty when refused, not too long. */
    private static boolean listChecked(Violations at, List<?> items, boolean required, int max, String whenEmpty) {
        if (items == null) {
            if (required) {
                at.add(CommonCode.REQUIRED);
            }
            return false;
        }
        if (items.isEmpty() && whenEmpty != null) {
            at.add(whenEmpty);
            return false;
        }
        if (items.size() > max) {
            at.add(CommonCode.TOO_MANY_ITEMS, max);
            return false;
        }
        return true;
    }

    private static List<SkillName> skills(Violations at, List<String> items, boolean required) {
        if (!listChecked(at, items, required, MAX_SKILLS * 2, Code.NO_SKILL)) {
            return null;
        }
        Map<String, SkillName> unique = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Violations name = at.at(new Item(i, items.size()), "name");
            String text = Text.present(name, items.get(i), true, true);
            SkillName skill = text == null ? null : name.take(SkillName.parse(text));
            if (skill != null) {
                unique.putIfAbsent(skill.key(), skill);
            }
        }
        if (!at.any() && unique.size() > MAX_SKILLS) {
            at.add(CommonCode.TOO_MANY_ITEMS, MAX_SKILLS);
        }
        return at.any() ? null : List.copyOf(unique.values());
    }

    /** A list that is empty when not sent on a full check; each item checked at its position. */
    private static <F, T> List<T> optionalList(Violations at, List<F> items, boolean full,
            BiFunction<Violations, F, T> item) {
        if (items == null) {
            return full ? List.of() : null;
        }
        if (!listChecked(at, items, false, MAX_ITEMS, null)) {
            return null;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations position = at.at(new Item(i, items.size()));
            F form = items.get(i);
            if (form == null) {
                position.add(CommonCode.NOT_AN_ITEM);
                continue;
            }
            result.add(item.apply(position, form));
        }
        return at.any() ? null : result;
    }

    private static Education education(Violations at, EducationForm form) {
        String college = text(at.at("college"), form.college(), true, TITLE_MAX);
        String degree = text(at.at("degree"), form.degree(), true, TITLE_MAX);
        Integer start = year(at.at("startYear"), form.startYear(), true);
        Integer end = year(at.at("endYear"), form.endYear(), false);
        // the order of the years is judged even when one is out of range, as the API always answered
        Integer startNumber = wholeNumber(form.startYear());
        Integer endNumber = wholeNumber(form.endYear());
        if (startNumber != null && !YearRange.inOrder(startNumber, endNumber)) {
            at.at("endYear").add(Code.END_YEAR_BEFORE_START);
        }
        return at.any() ? null : new Education(college, degree, new YearRange(start, end).start(), end, null);
    }

    private static Experience experience(Violations at, ExperienceForm form) {
        String role = text(at.at("role"), form.role(), true, ROLE_MAX);
        String company = text(at.at("company"), form.company(), true, ROLE_MAX);
        LocalDate start = date(at.at("startDate"), form.startDate(), true);
        LocalDate end = date(at.at("endDate"), form.endDate(), false);
        String description = text(at.at("description"), form.description(), false, DESCRIPTION_MAX);
        Boolean ongoing = form.ongoing() == null || form.ongoing().isBlank() ? Boolean.FALSE
                : at.at("ongoing").take(Text.bool(form.ongoing()));
        Period period = null;
        if (Boolean.TRUE.equals(ongoing) && end != null) {
            at.at("endDate").add(Code.ONGOING_WITH_END_DATE);
        } else if (start != null) {
            period = at.at("endDate").take(Period.of(start, end, Boolean.TRUE.equals(ongoing)));
        }
        return at.any() ? null : new Experience(role, company, period.start(), period.end(),
                description == null ? "" : description, period.ongoing(), null);
    }

    private static PortfolioItem portfolio(Violations at, PortfolioForm form) {
        String title = text(at.at("title"), form.title(), true, TITLE_MAX);
        String description = text(at.at("description"), form.description(), false, DESCRIPTION_MAX);
        WebUrl link = url(at.at("projectLink"), form.projectLink());
        return at.any() ? null
                : new PortfolioItem(title, description == null ? "" : description, link == null ? null : link.value());
    }

    private static List<Language> languages(Violations at, List<LanguageForm> items, boolean required) {
        if (!listChecked(at, items, required, MAX_ITEMS, Code.NO_LANGUAGE)) {
            return null;
        }
        List<Language> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Violations position = at.at(new Item(i, items.size()));
            LanguageForm form = items.get(i);
            if (form == null) {
                position.add(CommonCode.NOT_AN_ITEM);
                continue;
            }
            Violations nameAt = position.at("name");
            String name = Text.present(nameAt, form.name(), true, true);
            if (name != null) {
                nameAt.take(Text.bounded(name, 1, LANGUAGE_MAX));
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    nameAt.add(Code.DUPLICATE_LANGUAGE);
                }
            }
            Violations levelAt = position.at("proficiency");
            String level = Text.present(levelAt, form.proficiency(), true, true);
            Proficiency proficiency = level == null ? null : Proficiency.parse(level).orElse(null);
            if (level != null && proficiency == null) {
                levelAt.add(CommonCode.NOT_A_CHOICE, level);
            }
            if (!position.any()) {
                result.add(new Language(name, proficiency));
            }
        }
        return at.any() ? null : result;
    }

    private static SocialLinks socialLinks(Violations at, FreelancerForm form, boolean full) {
        if (!form.socialLinksSent()) {
            return full ? SocialLinks.NONE : null;
        }
        SocialLinksForm links = form.socialLinks();
        if (links == null) {
            return SocialLinks.NONE;
        }
        WebUrl github = url(at.at("githubUrl"), links.githubUrl());
        WebUrl linkedin = url(at.at("linkedinUrl"), links.linkedinUrl());
        WebUrl twitter = url(at.at("twitterUrl"), links.twitterUrl());
        WebUrl facebook = url(at.at("facebookUrl"), links.facebookUrl());
        WebUrl instagram = url(at.at("instagramUrl"), links.instagramUrl());
        return at.any() ? null : new SocialLinks(value(github), value(linkedin), value(twitter), value(facebook),
                value(instagram));
    }

    // ---- item fields ----------------------------------------------------------------------------

    /** An item's text: blank counts as not sent; then at most {@code max} characters. */
    private static String text(Violations at, String value, boolean required, int max) {
        String text = Text.present(at, value, required, false);
        return text == null ? null : at.take(Text.bounded(text, 1, max));
    }

    private static Integer year(Violations at, String value, boolean required) {
        String text = Text.present(at, value, required, false);
        return text == null ? null : at.take(YearRange.year(text));
    }

    /** The whole number a text is, whatever its range, or null. */
    private static Integer wholeNumber(String value) {
        return value == null || value.isBlank() ? null : Text.integer(value.strip(), Integer.MIN_VALUE, Integer.MAX_VALUE).value();
    }

    private static LocalDate date(Violations at, String value, boolean required) {
        String text = Text.present(at, value, required, false);
        return text == null ? null : at.take(Text.date(text));
    }

    private static WebUrl url(Violations at, String value) {
        String text = Text.present(at, value, false, false);
        return text == null ? null : at.take(WebUrl.parse(text));
    }

    private static String value(WebUrl url) {
        return url == null ? null : url.value();
    }

    // ---- files ----------------------------------------------------------------------------------

    private void certificates(Violations list, Map<Integer, UploadedFile> files, int items) {
        files.forEach((index, file) -> {
            Violations at = list.at(new Item(index, items), CERTIFICATE);
            if (index < 0 || index >= items) {
                at.add(Code.NO_ITEM_AT_POSITION, index);
            } else {
                at.take(uploads.certificate(file));
            }
        });
    }
}
