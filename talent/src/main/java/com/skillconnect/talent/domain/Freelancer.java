package com.skillconnect.talent.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A freelancer's profile: one per user. It is created and changed only with a {@link FreelancerChange}
 * that passed the {@link FreelancerRules}, and raises {@link ProfileCardChanged} each time, so that other
 * modules keep their copy of the public card; its repository publishes the event when it saves the profile.
 * Verification flags are not part of it: they are facts
 * learned from identity, never claims of the freelancer.
 */
@AggregateRoot
public class Freelancer extends EventRecordingAggregate {

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

    /** A new profile from a complete change whose files are stored. */
    public static Freelancer create(FreelancerId id, UserId userId, FreelancerChange change, StoredUploads files,
            Instant now) {
        if (!change.isComplete()) {
            throw new IllegalArgumentException("A new freelancer profile needs every required field");
        }
        Freelancer freelancer = new Freelancer(id, userId, null, null, null, 0, null, null, true, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), SocialLinks.NONE, now, now);
        freelancer.apply(change, files, now);
        return freelancer;
    }

    /**
     * Applies a checked change: sent scalars replace, sent lists replace whole lists, a new picture
     * replaces the old one, and a certificate uploaded for position i attaches to the i-th education
     * or experience. A replacing item equal to a previous one (same college, degree and years; same
     * role, company and dates) keeps that item's certificate unless a new one is uploaded for it.
     *
     * @return the stored files the profile no longer uses, to delete once the change is saved
     */
    public List<StoredFile> apply(FreelancerChange change, StoredUploads files, Instant now) {
        Objects.requireNonNull(files);
        List<StoredFile> before = files();
        if (change.firstName() != null) {
            firstName = change.firstName();
        }
        if (change.lastName() != null) {
            lastName = change.lastName();
        }
        if (change.about() != null) {
            about = change.about();
        }
        if (change.age() != null) {
            age = change.age();
        }
        if (change.country() != null) {
            country = change.country();
        }
        if (change.location() != null) {
            location = change.location();
        }
        if (change.available() != null) {
            available = change.available();
        }
        if (change.skills() != null) {
            skills = List.copyOf(change.skills());
        }
        if (change.languages() != null) {
            languages = List.copyOf(change.languages());
        }
        if (change.portfolios() != null) {
            portfolios = List.copyOf(change.portfolios());
        }
        if (change.socialLinks() != null) {
            socialLinks = change.socialLinks();
        }
        if (change.educations() != null) {
            educations = keepCertificates(educations, change.educations(), Education::certificate, Education::withCertificate);
        }
        if (change.experiences() != null) {
            experiences = keepCertificates(experiences, change.experiences(), Experience::certificate, Experience::withCertificate);
        }
        if (files.picture() != null) {
            picture = files.picture();
        }
        educations = attach(educations, files.educationCertificates(), Education::withCertificate);
        experiences = attach(experiences, files.experienceCertificates(), Experience::withCertificate);
        updatedAt = now.isBefore(createdAt) ? createdAt : now;
        raiseLatest(card());

        List<StoredFile> discarded = new ArrayList<>(before);
        discarded.removeAll(files());
        return discarded;
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

    private static <T> List<T> attach(List<T> items, Map<Integer, StoredFile> certificates,
            BiFunction<T, StoredFile, T> withCertificate) {
        if (certificates.isEmpty()) {
            return items;
        }
        List<T> result = new ArrayList<>(items);
        certificates.forEach((index, file) -> {
            if (index < 0 || index >= result.size()) {
                throw new IllegalArgumentException("No item at position " + index);
            }
            result.set(index, withCertificate.apply(result.get(index), file));
        });
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
                picture == null ? null : picture.url(), location, skills.stream().map(SkillName::value).toList(),
                available);
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
