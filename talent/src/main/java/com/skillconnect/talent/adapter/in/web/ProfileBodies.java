package com.skillconnect.talent.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the profile set-up endpoints accept, for the OpenAPI document only: the controllers read the
 * bodies themselves ({@link FreelancerFormReader}, {@link ClientForm}) so that every mistake answers
 * DRF's field errors. JSON bodies and {@code multipart/form-data} forms carry the same fields; in a form
 * the nested lists are JSON strings and the files are parts. Unknown fields are ignored.
 */
final class ProfileBodies {

    private static final String JSON_LIST = "A JSON array as text, e.g. ";
    private static final String PROFICIENCIES = "beginner, intermediate, advanced, fluent or native (any case); answered as sent, in lower case";

    private ProfileBodies() {
    }

    @Schema(description = "A freelancer profile (POST needs every field but the lists of portfolios and social links; PATCH only what changes)")
    record FreelancerProfileRequest(String firstName, String lastName, String about, Integer age, String country,
            String location, Boolean isAvailable, List<SkillInput> skillsInput, List<EducationInput> educationsInput,
            List<ExperienceInput> experiencesInput, List<LanguageInput> languagesInput,
            List<PortfolioInput> portfoliosInput, SocialLinksInput socialLinksInput) {
    }

    @Schema(description = "A skill; only its name counts (an id sent beside it is ignored)")
    record SkillInput(String name) {
    }

    record EducationInput(String college, String degree, Integer startYear, Integer endYear) {
    }

    record ExperienceInput(String role, String company, LocalDate startDate, LocalDate endDate, String description,
            Boolean ongoing) {
    }

    record LanguageInput(String name, @Schema(description = PROFICIENCIES,
            allowableValues = {"beginner", "intermediate", "advanced", "fluent", "native"}) String proficiency) {
    }

    record PortfolioInput(String title, String description, String projectLink) {
    }

    record SocialLinksInput(String githubUrl, String linkedinUrl, String twitterUrl, String facebookUrl,
            String instagramUrl) {
    }

    @Schema(description = "A freelancer profile as a form: scalars as text, lists as JSON text, files as parts. "
            + "education_certificate_{i} / experience_certificate_{i} attach a certificate (pdf, png or jpg) to the "
            + "i-th education / experience (0, 1, 2, …)")
    record FreelancerProfileForm(String firstName, String lastName, String about, String age, String country,
            String location, String isAvailable,
            @Schema(description = JSON_LIST + "[{\"name\": \"Python\"}]") String skillsInput,
            @Schema(description = JSON_LIST + "[{\"college\": \"…\", \"degree\": \"…\", \"start_year\": 2015, \"end_year\": 2019}]") String educationsInput,
            @Schema(description = JSON_LIST + "[{\"role\": \"…\", \"company\": \"…\", \"start_date\": \"2020-01-01\", \"ongoing\": true}]") String experiencesInput,
            @Schema(description = JSON_LIST + "[{\"name\": \"English\", \"proficiency\": \"native\"}]") String languagesInput,
            @Schema(description = JSON_LIST + "[{\"title\": \"…\", \"description\": \"…\", \"project_link\": \"https://…\"}]") String portfoliosInput,
            @Schema(description = "A JSON object as text, e.g. {\"github_url\": \"https://github.com/…\"}") String socialLinksInput,
            @Schema(type = "string", format = "binary", description = "png, jpg or webp") String profilePicture,
            @Schema(name = "education_certificate_0", type = "string", format = "binary") String educationCertificate0,
            @Schema(name = "experience_certificate_0", type = "string", format = "binary") String experienceCertificate0) {
    }

    @Schema(description = "A client profile (POST and PUT need the required fields; PATCH only what changes)")
    record ClientProfileRequest(
            @Schema(allowableValues = {"individual", "business"}) String accountType, String firstName,
            String lastName, String companyName, String companyDescription, String country, String location,
            String industry, String companySize, String website,
            @Schema(description = "Also accepted: a JSON array as text or a comma-separated text") List<String> projectTypes,
            String budgetRange, String projectFrequency,
            @Schema(description = "Also accepted: a JSON array as text or a comma-separated text") List<String> preferredCommunications,
            String workingHours,
            @Schema(description = "Also accepted: a JSON array as text or a comma-separated text") List<String> businessGoals,
            @Schema(description = "Also accepted: a JSON array as text or a comma-separated text") List<String> currentChallenges,
            String previousExperiences, String expectedTimeline, String qualityImportance, String paymentMethod,
            BigDecimal monthlyBudget, BigDecimal projectBudget, String paymentTiming) {
    }

    @Schema(description = "A client profile as a form (multipart/form-data, or x-www-form-urlencoded without the picture)")
    record ClientProfileForm(String accountType, String firstName, String lastName, String companyName,
            String companyDescription, String country, String location, String industry, String companySize,
            String website,
            @Schema(description = JSON_LIST + "[\"Web Development\", \"Design\"], or comma-separated text") String projectTypes,
            String budgetRange, String projectFrequency,
            @Schema(description = JSON_LIST + "[\"Email\", \"Chat\"], or comma-separated text") String preferredCommunications,
            String workingHours,
            @Schema(description = JSON_LIST + "[\"…\"], or comma-separated text") String businessGoals,
            @Schema(description = JSON_LIST + "[\"…\"], or comma-separated text") String currentChallenges,
            String previousExperiences, String expectedTimeline, String qualityImportance, String paymentMethod,
            String monthlyBudget, String projectBudget, String paymentTiming,
            @Schema(type = "string", format = "binary", description = "png, jpg or webp") String profilePicture) {
    }
}
