package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A freelancer profile as a user sent it, before any rule is checked: every scalar is the text the
 * user sent (JSON numbers and booleans as their text, multipart fields as they came), {@code null}
 * when the field was not sent. A list that is {@code null} was not sent; an empty list was sent empty.
 * The web adapter records fields it could not even read (a list that is not a list) as
 * {@linkplain #unreadable(String, String, Object...) unreadable}; they are reported with the other rule violations.
 */
public final class FreelancerForm {

    // the domain's names of the fields: the paths of violations (the web adapter knows the wire's names)
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String ABOUT = "about";
    public static final String AGE = "age";
    public static final String COUNTRY = "country";
    public static final String LOCATION = "location";
    public static final String AVAILABLE = "available";
    public static final String PICTURE = "picture";
    public static final String SKILLS = "skills";
    public static final String EDUCATIONS = "educations";
    public static final String EXPERIENCES = "experiences";
    public static final String LANGUAGES = "languages";
    public static final String PORTFOLIOS = "portfolios";
    public static final String SOCIAL_LINKS = "socialLinks";
    /** The last segment of a certificate's path: {@code [EDUCATIONS, position, CERTIFICATE]}. */
    public static final String CERTIFICATE = "certificate";

    public record EducationForm(String college, String degree, String startYear, String endYear) {
    }

    public record ExperienceForm(String role, String company, String startDate, String endDate, String description,
            String ongoing) {
    }

    public record LanguageForm(String name, String proficiency) {
    }

    public record PortfolioForm(String title, String description, String projectLink) {
    }

    public record SocialLinksForm(String githubUrl, String linkedinUrl, String twitterUrl, String facebookUrl,
            String instagramUrl) {
    }

    private String firstName;
    private String lastName;
    private String about;
    private String age;
    private String country;
    private String location;
    private String isAvailable;
    private UploadedFile profilePicture;
    private List<String> skills;
    private List<EducationForm> educations;
    private List<ExperienceForm> experiences;
    private List<LanguageForm> languages;
    private List<PortfolioForm> portfolios;
    private SocialLinksForm socialLinks;
    private boolean socialLinksSent;
    private final Map<Integer, UploadedFile> educationCertificates = new TreeMap<>();
    private final Map<Integer, UploadedFile> experienceCertificates = new TreeMap<>();
    private final Map<String, Violation> unreadable = new LinkedHashMap<>();

    public FreelancerForm firstName(String value) { firstName = value; return this; }
    public FreelancerForm lastName(String value) { lastName = value; return this; }
    public FreelancerForm about(String value) { about = value; return this; }
    public FreelancerForm age(String value) { age = value; return this; }
    public FreelancerForm country(String value) { country = value; return this; }
    public FreelancerForm location(String value) { location = value; return this; }
    public FreelancerForm isAvailable(String value) { isAvailable = value; return this; }
    public FreelancerForm profilePicture(UploadedFile value) { profilePicture = value; return this; }
    public FreelancerForm skills(List<String> value) { skills = copy(value); return this; }
    public FreelancerForm educations(List<EducationForm> value) { educations = copy(value); return this; }
    public FreelancerForm experiences(List<ExperienceForm> value) { experiences = copy(value); return this; }
    public FreelancerForm languages(List<LanguageForm> value) { languages = copy(value); return this; }
    public FreelancerForm portfolios(List<PortfolioForm> value) { portfolios = copy(value); return this; }

    /** Social links sent (possibly {@code null}, meaning none). */
    public FreelancerForm socialLinks(SocialLinksForm value) {
        socialLinks = value;
        socialLinksSent = true;
        return this;
    }

    public FreelancerForm educationCertificate(int index, UploadedFile file) {
        educationCertificates.put(index, file);
        return this;
    }

    public FreelancerForm experienceCertificate(int index, UploadedFile file) {
        experienceCertificates.put(index, file);
        return this;
    }

    /** The field was sent but could not be read at all (e.g. a list that is not a list): a {@link Code}. */
    public FreelancerForm unreadable(String field, String code, Object... args) {
        unreadable.putIfAbsent(field, new Violation(List.of(field), code, List.of(args)));
        return this;
    }

    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String about() { return about; }
    public String age() { return age; }
    public String country() { return country; }
    public String location() { return location; }
    public String isAvailable() { return isAvailable; }
    public UploadedFile profilePicture() { return profilePicture; }
    public List<String> skills() { return skills; }
    public List<EducationForm> educations() { return educations; }
    public List<ExperienceForm> experiences() { return experiences; }
    public List<LanguageForm> languages() { return languages; }
    public List<PortfolioForm> portfolios() { return portfolios; }
    public SocialLinksForm socialLinks() { return socialLinks; }
    public boolean socialLinksSent() { return socialLinksSent; }
    public Map<Integer, UploadedFile> educationCertificates() { return educationCertificates; }
    public Map<Integer, UploadedFile> experienceCertificates() { return experienceCertificates; }
    public Map<String, Violation> unreadable() { return unreadable; }

    private static <T> List<T> copy(List<T> value) {
        return value == null ? null : new ArrayList<>(value);
    }
}
