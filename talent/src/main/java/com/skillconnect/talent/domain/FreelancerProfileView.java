package com.skillconnect.talent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A freelancer's whole profile as the Profiles API answers it (own profile and public detail alike).
 * A read model filled straight from storage by {@link FreelancerQueries}; component names are the wire names.
 */
public record FreelancerProfileView(long id, long user, String firstName, String lastName, String profilePicture,
        String about, int age, String country, String location, boolean isAvailable, Instant createdAt,
        Instant updatedAt, List<SkillView> skillsOutput, List<EducationView> educationsOutput,
        List<ExperienceView> experiencesOutput, List<LanguageView> languagesOutput,
        List<PortfolioView> portfoliosOutput, SocialLinksView socialLinksOutput,
        VerificationView verificationOutput) {

    public record SkillView(long id, String name) {
    }

    public record EducationView(long id, String college, String degree, int startYear, Integer endYear,
            String certificate) {
    }

    public record ExperienceView(long id, String role, String company, LocalDate startDate, LocalDate endDate,
            String description, boolean ongoing, String certificate) {
    }

    public record LanguageView(long id, String name, String proficiency) {
    }

    public record PortfolioView(long id, String title, String description, String projectLink) {
    }

    public record SocialLinksView(String githubUrl, String linkedinUrl, String twitterUrl, String facebookUrl,
            String instagramUrl) {
    }

    public record VerificationView(boolean emailVerified, boolean phoneVerified, boolean idVerified,
            boolean videoVerified) {
    }
}
