package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A freelancer's profile: one per user. It is created with its {@link Essentials} and changed through
 * intention methods that take checked values and guard the profile's invariants (at least one skill and
 * one language, certificates only on existing items); each change raises {@link ProfileCardChanged}
 * (once per saved change), so that other modules keep their copy of the public card (its repository publishes the event when it saves the profile). Verification
 * flags are not part of it: they are facts learned from identity, never claims of the freelancer.
 */
@AggregateRoot
public class Freelancer extends EventRecordingAggregate {

    /** The most skills a profile lists. */
    public static final int MAX_SKILLS = 30;

    @Identity
    private final FreelancerId id;
    private final UserId userId;
    private String firstName;
    private String lastName;
    private String about;
    private int age;
    private String country;
    private String location;
    private boolean available;
    private StoredFile picture;
    private List<SkillName> skills;
    private List<Education> educations;
    private List<Experience> experiences;
    private List<Language> languages;
    private List<PortfolioItem> portfolios;
    private SocialLinks socialLinks;
    private final Instant createdAt;
    private Instant updatedAt;

    /** Rebuilds a profile from storage; no rule is checked and no event raised. */
    public Freelancer(FreelancerId id, UserId userId, String firstName, String lastName, String about, int age,
            String country, String location, boolean available, StoredFile picture, List<SkillName> skills,
            List<Education> educations, List<Experience> experiences, List<Language> languages,
            List<PortfolioItem> portfolios, SocialLinks socialLinks, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.firstName = firstName;
        this.lastName = lastName;
        this.about = about;
        this.age = age;
        this.country = country;
        this.location = location;
        this.available = available;
        this.picture = picture;
        this.skills = List.copyOf(skills);
        this.educations = List.copyOf(educations);
        this.experiences = List.copyOf(experiences);
        this.languages = List.copyOf(languages);
        this.portfolios = List.copyOf(portfolios);
        this.socialLinks = socialLinks == null ? SocialLinks.NONE : socialLinks;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** What a new profile cannot be without. */
    public record Essentials(PersonName firstName, PersonName lastName, AboutText about, Age age, CountryName country,
            String location, List<SkillName> skills, List<Language> languages) {

        public Essentials {
            Objects.requireNonNull(firstName);
            Objects.requireNonNull(lastName);
            Objects.requireNonNull(about);
            Objects.requireNonNull(age);
            Objects.requireNonNull(country);
            Objects.requireNonNull(location);
        }
    }

    /** A new profile, available, with no picture, educations, experiences, portfolio or social links yet. */
    public static Freelancer create(FreelancerId id, UserId userId, Essentials essentials, Instant now) {
        Freelancer freelancer = new Freelancer(id, userId, essentials.firstName().value(), essentials.lastName().value(),
                essentials.about().value(), essentials.age().years(), null, null, true, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), SocialLinks.NONE, now, now);
        freelancer.relocate(essentials.country(), essentials.location(), now);
        freelancer.replaceSkills(essentials.skills(), now);
        freelancer.replaceLanguages(essentials.languages(), now);
        return freelancer;
    }

    public void rename(PersonName firstName, PersonName lastName, Instant now) {
        this.firstName = firstName.value();
        this.lastName = lastName.value();
        changed(now);
    }

    public void describe(AboutText about, Instant now) {
        this.about = about.value();
        changed(now);
    }

    public void changeAge(Age age, Instant now) {
        this.age = age.years();
        changed(now);
    }

    public void relocate(CountryName country, String location, Instant now) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("A freelancer has a location");
        }
        this.country = country.value();
        this.location = location;
        changed(now);
    }

    public void changeAvailability(boolean available, Instant now) {
        this.available = available;
        changed(now);
    }

    /** At least one skill, at most {@value #MAX_SKILLS}, no skill twice (by {@link SkillName#key()}). */
    public void replaceSkills(List<SkillName> skills, Instant now) {
        if (skills.isEmpty() || skills.size() > MAX_SKILLS
                || skills.stream().map(SkillName::key).distinct().count() != skills.size()) {
            throw new IllegalArgumentException("A freelancer has 1 to " + MAX_SKILLS + " different skills");
        }
        this.skills = List.copyOf(skills);
        changed(now);
    }

    /** At least one language, none twice (case-insensitively). */
    public void replaceLanguages(List<Language> languages, Instant now) {
        if (languages.isEmpty() || languages.stream().map(language -> language.name().toLowerCase(Locale.ROOT))
                .distinct().count() != languages.size()) {
            throw new IllegalArgumentException("A freelancer speaks at least one language, each listed once");
        }
        this.languages = List.copyOf(languages);
        changed(now);
    }

    public void replacePortfolio(List<PortfolioItem> portfolios, Instant now) {
        this.portfolios = List.copyOf(portfolios);
        changed(now);
    }

    public void changeSocialLinks(SocialLinks socialLinks, Instant now) {
        this.socialLinks = Objects.requireNonNull(socialLinks);
        changed(now);
    }

    /**
     * Replaces the educations. A replacing item equal to a previous one (same college, degree and years)
     * keeps that item's certificate, so that re-sending a list without its files does not lose them.
     */
    public void replaceEducations(List<Education> replacing, Instant now) {
        educations = keepCertificates(educations, replacing, Education::certificate, Education::withCertificate);
        changed(now);
    }

    /** Replaces the experiences; an unchanged one (same role, company and dates) keeps its certificate. */
    public void replaceExperiences(List<Experience> replacing, Instant now) {
        experiences = keepCertificates(experiences, replacing, Experience::certificate, Experience::withCertificate);
        changed(now);
    }

    /** A new picture replaces the old one (which the profile then no longer uses). */
    public void changePicture(StoredFile picture, Instant now) {
        this.picture = Objects.requireNonNull(picture);
        changed(now);
    }

    /** Attaches a certificate to the education at {@code index}, which must exist. */
    public void attachEducationCertificate(int index, StoredFile certificate, Instant now) {
        educations = attach(educations, index, certificate, Education::withCertificate);
        changed(now);
    }

    /** Attaches a certificate to the experience at {@code index}, which must exist. */
    public void attachExperienceCertificate(int index, StoredFile certificate, Instant now) {
        experiences = attach(experiences, index, certificate, Experience::withCertificate);
        changed(now);
    }

    /** The owner saved an edit, perhaps of nothing: the profile counts as updated and its card is announced. */
    public void edited(Instant now) {
        changed(now);
    }

    private void changed(Instant now) {
        updatedAt = now.isBefore(createdAt) ? createdAt : now;
        raiseLatest(card());
    }

    /**
     * A replacing item equal to a previous one but for its certificate keeps that certificate, so that
     * re-sending a list without its files does not lose them.
     */
    private static <T> List<T> keepCertificates(List<T> previous, List<T> replacing, Function<T, StoredFile> certificate,
            BiFunction<T, StoredFile, T> withCertificate) {
        List<T> unmatched = new ArrayList<>(previous);
        List<T> result = new ArrayList<>();
        for (T item : replacing) {
            T same = unmatched.stream().filter(old -> certificate.apply(old) != null
                    && withCertificate.apply(old, null).equals(withCertificate.apply(item, null))).findFirst().orElse(null);
            if (same != null) {
                unmatched.remove(same);
                result.add(withCertificate.apply(item, certificate.apply(same)));
            } else {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    private static <T> List<T> attach(List<T> items, int index, StoredFile file, BiFunction<T, StoredFile, T> withCertificate) {
        if (index < 0 || index >= items.size()) {
            throw new IllegalArgumentException("No item at position " + index);
        }
        List<T> result = new ArrayList<>(items);
        result.set(index, withCertificate.apply(result.get(index), Objects.requireNonNull(file)));
        return List.copyOf(result);
    }

    /** Every stored file the profile uses. */
    public List<StoredFile> files() {
        List<StoredFile> files = new ArrayList<>();
        if (picture != null) {
            files.add(picture);
        }
        educations.stream().map(Education::certificate).filter(Objects::nonNull).forEach(files::add);
        experiences.stream().map(Experience::certificate).filter(Objects::nonNull).forEach(files::add);
        return files;
    }

    /** The public card other modules show. */
    public ProfileCardChanged card() {
        return ProfileCardChanged.ofFreelancer(userId, id, firstName, lastName,
                picture == null ? null : picture.url(), location, country, skills.stream().map(SkillName::value).toList(),
                available, updatedAt);
    }

    /** The latest experience's role (ongoing first, then by start date), or null: the browse card's title. */
    public String title() {
        return experiences.stream()
                .sorted(java.util.Comparator.comparing(Experience::ongoing).reversed()
                        .thenComparing(Experience::startDate, java.util.Comparator.reverseOrder()))
                .map(Experience::role).findFirst().orElse(null);
    }

    public FreelancerId id() { return id; }
    public UserId userId() { return userId; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String about() { return about; }
    public int age() { return age; }
    public String country() { return country; }
    public String location() { return location; }
    public boolean available() { return available; }
    public StoredFile picture() { return picture; }
    public List<SkillName> skills() { return skills; }
    public List<Education> educations() { return educations; }
    public List<Experience> experiences() { return experiences; }
    public List<Language> languages() { return languages; }
    public List<PortfolioItem> portfolios() { return portfolios; }
    public SocialLinks socialLinks() { return socialLinks; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
