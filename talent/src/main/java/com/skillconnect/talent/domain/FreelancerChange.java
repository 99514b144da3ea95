package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A freelancer profile change that passed every rule ({@link FreelancerRules} makes them). A {@code null}
 * component leaves that part of the profile as it is; a list replaces the whole list. Uploaded files
 * are checked (kind, size, position) but not stored yet. It becomes a profile, or changes one, only
 * through the profile's intention methods.
 */
public record FreelancerChange(PersonName firstName, PersonName lastName, AboutText about, Age age,
        CountryName country, String location, Boolean available, List<SkillName> skills, List<Education> educations,
        List<Experience> experiences, List<Language> languages, List<PortfolioItem> portfolios,
        SocialLinks socialLinks, UploadedFile picture, Map<Integer, UploadedFile> educationCertificates,
        Map<Integer, UploadedFile> experienceCertificates) {

    public FreelancerChange {
        skills = skills == null ? null : List.copyOf(skills);
        educations = educations == null ? null : List.copyOf(educations);
        experiences = experiences == null ? null : List.copyOf(experiences);
        languages = languages == null ? null : List.copyOf(languages);
        portfolios = portfolios == null ? null : List.copyOf(portfolios);
        educationCertificates = educationCertificates == null ? Map.of() : Map.copyOf(educationCertificates);
        experienceCertificates = experienceCertificates == null ? Map.of() : Map.copyOf(experienceCertificates);
    }

    /** Whether every part a new profile needs is there. */
    public boolean isComplete() {
        return firstName != null && lastName != null && about != null && age != null && country != null
                && location != null && available != null && skills != null && educations != null
                && experiences != null && languages != null && portfolios != null && socialLinks != null;
    }

    /** Whether the change brings files to store. */
    public boolean hasFiles() {
        return picture != null || !educationCertificates.isEmpty() || !experienceCertificates.isEmpty();
    }

    /** A new profile made of this complete change, its files stored. */
    public Freelancer create(FreelancerId id, UserId userId, StoredUploads files, Instant now) {
        if (!isComplete()) {
            throw new IllegalArgumentException("A new freelancer profile needs every required field");
        }
        Freelancer freelancer = Freelancer.create(id, userId, new Freelancer.Essentials(firstName, lastName, about, age,
                country, location, skills, languages), now);
        applyTo(freelancer, files, now);
        return freelancer;
    }

    /**
     * Changes the profile, part by part, through its intention methods: sent scalars replace, sent lists
     * replace whole lists, a new picture replaces the old one, a certificate attaches to its position.
     *
     * @return the stored files the profile no longer uses, to delete once the change is saved
     */
    public List<StoredFile> applyTo(Freelancer freelancer, StoredUploads files, Instant now) {
        Objects.requireNonNull(files);
        List<StoredFile> before = freelancer.files();
        if (firstName != null || lastName != null) {
            freelancer.rename(firstName != null ? firstName : new PersonName(freelancer.firstName()),
                    lastName != null ? lastName : new PersonName(freelancer.lastName()), now);
        }
        if (about != null) {
            freelancer.describe(about, now);
        }
        if (age != null) {
            freelancer.changeAge(age, now);
        }
        if (country != null || location != null) {
            freelancer.relocate(country != null ? country : new CountryName(freelancer.country()),
                    location != null ? location : freelancer.location(), now);
        }
        if (available != null) {
            freelancer.changeAvailability(available, now);
        }
        if (skills != null) {
            freelancer.replaceSkills(skills, now);
        }
        if (languages != null) {
            freelancer.replaceLanguages(languages, now);
        }
        if (portfolios != null) {
            freelancer.replacePortfolio(portfolios, now);
        }
        if (socialLinks != null) {
            freelancer.changeSocialLinks(socialLinks, now);
        }
        if (educations != null) {
            freelancer.replaceEducations(educations, now);
        }
        if (experiences != null) {
            freelancer.replaceExperiences(experiences, now);
        }
        if (files.picture() != null) {
            freelancer.changePicture(files.picture(), now);
        }
        files.educationCertificates().forEach((index, file) -> freelancer.attachEducationCertificate(index, file, now));
        files.experienceCertificates().forEach((index, file) -> freelancer.attachExperienceCertificate(index, file, now));
        freelancer.edited(now);
        List<StoredFile> discarded = new ArrayList<>(before);
        discarded.removeAll(freelancer.files());
        return discarded;
    }
}
