package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import com.skillconnect.talent.domain.FreelancerForm.PortfolioForm;
import com.skillconnect.talent.domain.FreelancerForm.SocialLinksForm;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreelancerRulesTest {

    static final int LIMIT = 1024;
    private final FreelancerRules rules = new FreelancerRules(LIMIT);

    private FreelancerChange valid(FreelancerForm form) {
        return rules.check(form, null, true);
    }

    private Map<String, Object> errors(FreelancerForm form) {
        return errors(form, true);
    }

    private Map<String, Object> errors(FreelancerForm form, boolean full) {
        return assertThatExceptionOfType(TalentRuleViolation.class).isThrownBy(() -> rules.check(form, null, full))
                .actual().messages();
    }

    private static Map<String, Object> field(String field, String message) {
        return Map.of(field, List.of(message));
    }

    @Test
    void theDocumentsExampleIsAcceptedAsWritten() {
        FreelancerChange change = valid(Forms.complete());

        assertThat(change.isComplete()).isTrue();
        assertThat(change.firstName()).isEqualTo("John");
        assertThat(change.age()).isEqualTo(28);
        assertThat(change.available()).isTrue();
        assertThat(change.skills()).extracting(SkillName::value).containsExactly("Python", "Django");
        assertThat(change.educations()).containsExactly(new Education("MIT", "B.Tech Computer Science", 2015, 2019, null));
        assertThat(change.experiences()).containsExactly(new Experience("Senior Developer", "Tech Corp",
                LocalDate.of(2020, 1, 15), LocalDate.of(2023, 6, 30), "Led backend development", false, null));
        assertThat(change.languages()).containsExactly(new Language("English", Proficiency.NATIVE),
                new Language("Hindi", Proficiency.FLUENT));
        assertThat(change.portfolios()).containsExactly(new PortfolioItem("E-commerce Platform",
                "Built scalable marketplace", "https://github.com/johndoe/ecommerce"));
        assertThat(change.socialLinks()).isEqualTo(new SocialLinks("https://github.com/johndoe",
                "https://linkedin.com/in/johndoe", null, null, null));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        FreelancerForm form = Forms.complete().firstName("J").age("12").country("Atlantis")
                .educations(List.of(new EducationForm("MIT", "BSc", "2015", "2019"), new EducationForm("MIT", "MSc", "2020", "2019")));

        Map<String, Object> errors = errors(form);

        assertThat(errors).containsOnlyKeys("first_name", "age", "country", "educations_input");
        assertThat(errors.get("educations_input")).isEqualTo(List.of(Map.of(),
                Map.of("end_year", List.of(FreelancerRules.END_YEAR_BEFORE_START))));
    }

    @Nested
    class Names {

        @ParameterizedTest
        @ValueSource(strings = {"Jo", "Anne-Marie", "O'Brien", "Mary Jane", "José", "Łukasz", "D’Angelo", "  John  "})
        void lettersWithSingleInnerSpacesHyphensOrApostrophes(String name) {
            assertThat(valid(Forms.complete().firstName(name).lastName(name)).firstName()).isEqualTo(name.strip());
        }

        @ParameterizedTest
        @ValueSource(strings = {"J", "John3", "Mary  Jane", "-John", "John-", "Jo--hn", "O''Brien", "John_Doe", "J.", "Ann ' Lee"})
        void anythingElseIsRefused(String name) {
            assertThat(errors(Forms.complete().firstName(name))).isEqualTo(field("first_name", FreelancerRules.INVALID_NAME));
            assertThat(errors(Forms.complete().lastName(name))).isEqualTo(field("last_name", FreelancerRules.INVALID_NAME));
        }

        @Test
        void atMostFiftyCharacters() {
            assertThat(valid(Forms.complete().firstName("a".repeat(50))).firstName()).hasSize(50);
            assertThat(errors(Forms.complete().firstName("a".repeat(51))))
                    .isEqualTo(field("first_name", "Ensure this field has no more than 50 characters."));
        }

        @Test
        void blankAndMissingAreRefused() {
            assertThat(errors(Forms.complete().firstName("  "))).isEqualTo(field("first_name", FreelancerRules.BLANK));
            assertThat(errors(Forms.complete().lastName(null))).isEqualTo(field("last_name", FreelancerRules.REQUIRED));
        }
    }

    @Nested
    class About {

        @Test
        void tenToTwoThousandCharacters() {
            assertThat(valid(Forms.complete().about("0123456789")).about()).hasSize(10);
            assertThat(valid(Forms.complete().about("x".repeat(2000))).about()).hasSize(2000);
            assertThat(errors(Forms.complete().about("too short")))
                    .isEqualTo(field("about", "Ensure this field has at least 10 characters."));
            assertThat(errors(Forms.complete().about("x".repeat(2001))))
                    .isEqualTo(field("about", "Ensure this field has no more than 2000 characters."));
        }

        @Test
        void surroundingSpacesDoNotCount() {
            assertThat(errors(Forms.complete().about("   short   ")))
                    .isEqualTo(field("about", "Ensure this field has at least 10 characters."));
        }
    }

    @Nested
    class Age {

        @ParameterizedTest
        @ValueSource(strings = {"16", "100", "28", " 40 ", "30.0"})
        void sixteenToAHundred(String age) {
            assertThat(valid(Forms.complete().age(age)).age()).isBetween(16, 100);
        }

        @Test
        void outOfRange() {
            assertThat(errors(Forms.complete().age("15")))
                    .isEqualTo(field("age", "Ensure this value is greater than or equal to 16."));
            assertThat(errors(Forms.complete().age("101")))
                    .isEqualTo(field("age", "Ensure this value is less than or equal to 100."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "28.5", "1e2", "99999999999999"})
        void notAnInteger(String age) {
            assertThat(errors(Forms.complete().age(age))).isEqualTo(field("age", FreelancerRules.INVALID_INTEGER));
        }
    }

    @Nested
    class CountryAndLocation {

        @Test
        void aKnownCountryInItsKnownSpelling() {
            assertThat(valid(Forms.complete().country("india")).country()).isEqualTo("India");
            assertThat(valid(Forms.complete().country(" UNITED STATES ")).country()).isEqualTo("United States");
        }

        @Test
        void anUnknownCountryIsRefused() {
            assertThat(errors(Forms.complete().country("Atlantis")))
                    .isEqualTo(field("country", "\"Atlantis\" is not a known country."));
        }

        @Test
        void locationUpToAHundredCharacters() {
            assertThat(valid(Forms.complete().location("x".repeat(100))).location()).hasSize(100);
            assertThat(errors(Forms.complete().location("x".repeat(101))))
                    .isEqualTo(field("location", "Ensure this field has no more than 100 characters."));
            assertThat(errors(Forms.complete().location(" "))).isEqualTo(field("location", FreelancerRules.BLANK));
        }
    }

    @Nested
    class Availability {

        @Test
        void defaultsToAvailableWhenCreating() {
            assertThat(valid(Forms.complete().isAvailable(null)).available()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "False", "0", "no"})
        void falseInAnySpelling(String value) {
            assertThat(valid(Forms.complete().isAvailable(value)).available()).isFalse();
        }

        @Test
        void notABoolean() {
            assertThat(errors(Forms.complete().isAvailable("maybe"))).isEqualTo(field("is_available", FreelancerRules.INVALID_BOOLEAN));
        }
    }

    @Nested
    class Skills {

        @Test
        void atLeastOne() {
            assertThat(errors(Forms.complete().skills(List.of()))).isEqualTo(field("skills_input", FreelancerRules.NO_SKILL));
            assertThat(errors(Forms.complete().skills(null))).isEqualTo(field("skills_input", FreelancerRules.REQUIRED));
        }

        @Test
        void deDuplicatedCaseInsensitivelyKeepingTheFirstSpelling() {
            assertThat(valid(Forms.complete().skills(List.of("Python", "python ", "PYTHON", "React"))).skills())
                    .extracting(SkillName::value).containsExactly("Python", "React");
        }

        @Test
        void eachNamedAndAtMostFiftyCharacters() {
            assertThat(errors(Forms.complete().skills(Arrays.asList("Python", " ", null, "x".repeat(51)))))
                    .isEqualTo(Map.of("skills_input", List.of(Map.of(), Map.of("name", List.of(FreelancerRules.BLANK)),
                            Map.of("name", List.of(FreelancerRules.REQUIRED)),
                            Map.of("name", List.of("Ensure this field has no more than 50 characters.")))));
        }

        @Test
        void atMostThirtyDistinct() {
            List<String> thirty = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "skill" + i).toList();
            assertThat(valid(Forms.complete().skills(thirty)).skills()).hasSize(30);
            List<String> more = new java.util.ArrayList<>(thirty);
            more.add("one too many");
            assertThat(errors(Forms.complete().skills(more)))
                    .isEqualTo(field("skills_input", "Ensure this field has no more than 30 elements."));
        }
    }

    @Nested
    class Educations {

        private Map<String, Object> educationErrors(EducationForm... items) {
            return errors(Forms.complete().educations(List.of(items)));
        }

        @Test
        void yearsFrom1900AndEndNotBeforeStart() {
            assertThat(valid(Forms.complete().educations(List.of(new EducationForm("MIT", "BSc", "1900", "1900"))))
                    .educations()).hasSize(1);
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "1899", "2019")))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of("start_year",
                            List.of("Ensure this value is greater than or equal to 1900.")))));
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2015", "2014")))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of("end_year",
                            List.of(FreelancerRules.END_YEAR_BEFORE_START)))));
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2015", "2101")))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of("end_year",
                            List.of("Ensure this value is less than or equal to 2100.")))));
        }

        @Test
        void noEndYearWhileStudying() {
            assertThat(valid(Forms.complete().educations(List.of(new EducationForm("MIT", "BSc", "2024", null))))
                    .educations().get(0).endYear()).isNull();
        }

        @Test
        void collegeDegreeAndStartYearAreRequired() {
            assertThat(educationErrors(new EducationForm(null, " ", "twenty", "2019")))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of(
                            "college", List.of(FreelancerRules.REQUIRED),
                            "degree", List.of(FreelancerRules.BLANK),
                            "start_year", List.of(FreelancerRules.INVALID_INTEGER)))));
        }

        @Test
        void lengthLimits() {
            assertThat(educationErrors(new EducationForm("c".repeat(151), "d".repeat(151), "2015", "2019")))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of(
                            "college", List.of("Ensure this field has no more than 150 characters."),
                            "degree", List.of("Ensure this field has no more than 150 characters.")))));
        }

        @Test
        void notAnObjectAndTooMany() {
            assertThat(errors(Forms.complete().educations(Arrays.asList((EducationForm) null))))
                    .isEqualTo(Map.of("educations_input", List.of(Map.of("non_field_errors",
                            List.of("Invalid data. Expected a dictionary.")))));
            List<EducationForm> many = java.util.Collections.nCopies(21, new EducationForm("MIT", "BSc", "2015", "2019"));
            assertThat(errors(Forms.complete().educations(many)))
                    .isEqualTo(field("educations_input", "Ensure this field has no more than 20 elements."));
        }

        @Test
        void optionalWhenCreating() {
            assertThat(valid(Forms.complete().educations(null)).educations()).isEmpty();
        }
    }

    @Nested
    class Experiences {

        private Map<String, Object> experienceErrors(ExperienceForm item) {
            return errors(Forms.complete().experiences(List.of(item)));
        }

        @Test
        void endDateNotBeforeStartDate() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "2020-01-15", "2020-01-14", "", "false")))
                    .isEqualTo(Map.of("experiences_input", List.of(Map.of("end_date",
                            List.of(FreelancerRules.END_DATE_BEFORE_START)))));
            assertThat(valid(Forms.complete().experiences(List.of(
                    new ExperienceForm("Dev", "Acme", "2020-01-15", "2020-01-15", null, null)))).experiences().get(0).description())
                    .isEmpty();
        }

        @Test
        void anOngoingExperienceHasNoEndDate() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "2020-01-15", "2023-01-01", "", "true")))
                    .isEqualTo(Map.of("experiences_input", List.of(Map.of("end_date",
                            List.of(FreelancerRules.ONGOING_WITH_END_DATE)))));
            Experience ongoing = valid(Forms.complete().experiences(List.of(
                    new ExperienceForm("Dev", "Acme", "2020-01-15", null, "", "true")))).experiences().get(0);
            assertThat(ongoing.ongoing()).isTrue();
            assertThat(ongoing.endDate()).isNull();
        }

        @Test
        void isoDatesOnly() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "15/01/2020", "2020-02-30", "", "false")))
                    .isEqualTo(Map.of("experiences_input", List.of(Map.of(
                            "start_date", List.of(FreelancerRules.INVALID_DATE),
                            "end_date", List.of(FreelancerRules.INVALID_DATE)))));
        }

        @Test
        void requiredFieldsAndLimits() {
            assertThat(experienceErrors(new ExperienceForm(null, "c".repeat(101), null, null, "d".repeat(2001), "perhaps")))
                    .isEqualTo(Map.of("experiences_input", List.of(Map.of(
                            "role", List.of(FreelancerRules.REQUIRED),
                            "company", List.of("Ensure this field has no more than 100 characters."),
                            "start_date", List.of(FreelancerRules.REQUIRED),
                            "description", List.of("Ensure this field has no more than 2000 characters."),
                            "ongoing", List.of(FreelancerRules.INVALID_BOOLEAN)))));
        }
    }

    @Nested
    class Languages {

        @Test
        void atLeastOne() {
            assertThat(errors(Forms.complete().languages(List.of()))).isEqualTo(field("languages_input", FreelancerRules.NO_LANGUAGE));
            assertThat(errors(Forms.complete().languages(null))).isEqualTo(field("languages_input", FreelancerRules.REQUIRED));
        }

        @Test
        void proficienciesMatchCaseInsensitivelyWithAdvancedAndFluentDistinct() {
            List<Language> languages = valid(Forms.complete().languages(List.of(new LanguageForm("English", "NATIVE"),
                    new LanguageForm("Hindi", "advanced"), new LanguageForm("Tamil", "fluent"),
                    new LanguageForm("French", "Beginner"), new LanguageForm("German", "intermediate")))).languages();
            assertThat(languages).extracting(Language::proficiency).containsExactly(Proficiency.NATIVE,
                    Proficiency.ADVANCED, Proficiency.FLUENT, Proficiency.BEGINNER, Proficiency.INTERMEDIATE);
        }

        @Test
        void unknownProficiencyMissingNameAndDuplicates() {
            assertThat(errors(Forms.complete().languages(List.of(new LanguageForm("English", "Expert"),
                    new LanguageForm(null, "Native"), new LanguageForm("english", "Native")))))
                    .isEqualTo(Map.of("languages_input", List.of(
                            Map.of("proficiency", List.of("\"Expert\" is not a valid choice.")),
                            Map.of("name", List.of(FreelancerRules.REQUIRED)),
                            Map.of("name", List.of(FreelancerRules.DUPLICATE_LANGUAGE)))));
        }

        @Test
        void nameAtMostFiftyCharacters() {
            assertThat(errors(Forms.complete().languages(List.of(new LanguageForm("x".repeat(51), "Native")))))
                    .isEqualTo(Map.of("languages_input", List.of(Map.of("name",
                            List.of("Ensure this field has no more than 50 characters.")))));
        }
    }

    @Nested
    class Links {

        @ParameterizedTest
        @ValueSource(strings = {"ftp://github.com/x", "github.com/johndoe", "https://", "javascript:alert(1)", "https://no host", "http://localhost-only"})
        void portfolioLinksAreHttpUrls(String link) {
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm("Shop", "", link)))))
                    .isEqualTo(Map.of("portfolios_input", List.of(Map.of("project_link", List.of(FreelancerRules.INVALID_URL)))));
        }

        @Test
        void portfolioNeedsATitleAndMayGoWithoutLink() {
            assertThat(valid(Forms.complete().portfolios(List.of(new PortfolioForm("Shop", null, null)))).portfolios())
                    .containsExactly(new PortfolioItem("Shop", "", null));
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm(null, null, "https://x.org")))))
                    .isEqualTo(Map.of("portfolios_input", List.of(Map.of("title", List.of(FreelancerRules.REQUIRED)))));
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm("t".repeat(151), null, "https://x.org/" + "p".repeat(500))))))
                    .isEqualTo(Map.of("portfolios_input", List.of(Map.of(
                            "title", List.of("Ensure this field has no more than 150 characters."),
                            "project_link", List.of("Ensure this field has no more than 500 characters.")))));
        }

        @Test
        void socialLinksAreHttpUrlsOrNothing() {
            assertThat(errors(Forms.complete().socialLinks(new SocialLinksForm("ftp://github.com/x", null, "twitter", null, "https://instagram.com/x"))))
                    .isEqualTo(Map.of("social_links_input", Map.of(
                            "github_url", List.of(FreelancerRules.INVALID_URL),
                            "twitter_url", List.of(FreelancerRules.INVALID_URL))));
            assertThat(valid(Forms.complete().socialLinks(null)).socialLinks()).isEqualTo(SocialLinks.NONE);
            assertThat(valid(Forms.complete().socialLinks(new SocialLinksForm("", null, null, null, "HTTPS://Instagram.com/x")))
                    .socialLinks()).isEqualTo(new SocialLinks(null, null, null, null, "HTTPS://Instagram.com/x"));
        }
    }

    @Nested
    class Files {

        @Test
        void picturesArePngJpegOrWebpByContent() {
            for (byte[] picture : List.of(Forms.PNG, Forms.JPEG, Forms.WEBP)) {
                assertThat(valid(Forms.complete().profilePicture(Forms.file(picture))).picture()).isNotNull();
            }
            assertThat(errors(Forms.complete().profilePicture(new UploadedFile("looks-like.png", Forms.TEXT))))
                    .isEqualTo(field("profile_picture", FreelancerRules.NOT_A_PICTURE));
            assertThat(errors(Forms.complete().profilePicture(Forms.file(Forms.PDF))))
                    .isEqualTo(field("profile_picture", FreelancerRules.NOT_A_PICTURE));
        }

        @Test
        void certificatesArePdfPngOrJpegAtAnExistingPosition() {
            FreelancerChange change = valid(Forms.complete().educationCertificate(0, Forms.file(Forms.PDF))
                    .experienceCertificate(0, Forms.file(Forms.JPEG)));
            assertThat(change.educationCertificates()).containsOnlyKeys(0);
            assertThat(change.experienceCertificates()).containsOnlyKeys(0);

            assertThat(errors(Forms.complete().educationCertificate(0, Forms.file(Forms.WEBP))
                    .experienceCertificate(1, Forms.file(Forms.PDF))))
                    .isEqualTo(Map.of("education_certificate_0", List.of(FreelancerRules.NOT_A_CERTIFICATE),
                            "experience_certificate_1", List.of("There is no experience at position 1.")));
        }

        @Test
        void everyFileAtMostTheLimit() {
            byte[] exactly = Arrays.copyOf(Forms.PNG, LIMIT);
            byte[] over = Arrays.copyOf(Forms.PDF, LIMIT + 1);
            assertThat(valid(Forms.complete().profilePicture(Forms.file(exactly))).picture()).isNotNull();
            assertThat(errors(Forms.complete().profilePicture(Forms.file(Arrays.copyOf(Forms.PNG, LIMIT + 1)))
                    .educationCertificate(0, Forms.file(over))))
                    .isEqualTo(Map.of("profile_picture", List.of("The file is too large: at most 1 KB are allowed."),
                            "education_certificate_0", List.of("The file is too large: at most 1 KB are allowed.")));
            assertThat(errors(Forms.complete().profilePicture(Forms.file(new byte[0]))))
                    .isEqualTo(field("profile_picture", FreelancerRules.EMPTY_FILE));
        }

        @Test
        void theLimitIsNamedInMegabytes() {
            assertThat(FreelancerRules.tooLarge(10L * 1024 * 1024)).isEqualTo("The file is too large: at most 10 MB are allowed.");
        }
    }

    @Nested
    class Partial {

        @Test
        void aPatchChecksOnlyWhatWasSent() {
            FreelancerChange change = rules.check(new FreelancerForm().about("A brand new about text"), null, false);
            assertThat(change.about()).isEqualTo("A brand new about text");
            assertThat(change.firstName()).isNull();
            assertThat(change.skills()).isNull();
            assertThat(change.educations()).isNull();
            assertThat(change.socialLinks()).isNull();
            assertThat(change.available()).isNull();
        }

        @Test
        void aPatchStillChecksWhatWasSent() {
            assertThat(errors(new FreelancerForm().skills(List.of()).age("9"), false)).isEqualTo(Map.of(
                    "age", List.of("Ensure this value is greater than or equal to 16."),
                    "skills_input", List.of(FreelancerRules.NO_SKILL)));
        }

        @Test
        void aFullUpdateRequiresEveryRequiredField() {
            assertThat(errors(new FreelancerForm().firstName("John"), true)).containsOnlyKeys("last_name", "about",
                    "age", "country", "location", "skills_input", "languages_input");
        }

        @Test
        void aCertificateMayAttachToAnExistingItemWithoutResendingTheList() {
            Freelancer current = FreelancerTest.created();
            FreelancerChange change = rules.check(new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)), current, false);
            assertThat(change.educationCertificates()).containsOnlyKeys(0);
            assertThat(errors(new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)), false))
                    .isEqualTo(field("education_certificate_0", "There is no education at position 0."));
        }

        @Test
        void fieldsTheAdapterCouldNotReadAreReportedWithTheRest() {
            assertThat(errors(Forms.complete().unreadable("educations_input", "Expected a list of items but got type \"str\".").age("x")))
                    .isEqualTo(Map.of("educations_input", List.of("Expected a list of items but got type \"str\"."),
                            "age", List.of(FreelancerRules.INVALID_INTEGER)));
        }
    }
}
