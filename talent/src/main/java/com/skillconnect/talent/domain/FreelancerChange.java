package com.skillconnect.talent.domain;

import java.util.List;
import java.util.Map;

/**
 * A freelancer profile change that passed every rule ({@link FreelancerRules} makes them). A {@code null}
 * component leaves that part of the profile as it is; a list replaces the whole list. Uploaded files
 * are checked (kind, size, position) but not stored yet.
 */
public record FreelancerChange(String firstName, String lastName, String about, Integer age, String country,
        String location, Boolean available, List<SkillName> skills, List<Education> educations,
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
}
