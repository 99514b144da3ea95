package com.skillconnect.talent.domain;

import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violation.Item;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import static com.skillconnect.talent.domain.Codes.field;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * How a freelancer form becomes a checked change: which field is which value, what is required, how
 * lists are bounded, and where each code lands (paths of domain names and item positions). The values'
 * own rules are in {@link ValuesTest}; the wording of the codes in the web adapter's test.
 */
class FreelancerRulesTest {

    static final int LIMIT = 1024;
    private final FreelancerRules rules = new FreelancerRules(LIMIT);

    private FreelancerChange valid(FreelancerForm form) {
        return rules.check(form, null, true);
    }

    private Map<String, List<String>> errors(FreelancerForm form) {
        return errors(form, true);
    }

    private Map<String, List<String>> errors(FreelancerForm form, boolean full) {
        return Codes.thrownBy(() -> rules.check(form, null, full));
    }

    @Test
    void theDocumentsExampleIsAcceptedAsWritten() {
        FreelancerChange change = valid(Forms.complete());

        assertThat(change.isComplete()).isTrue();
        assertThat(change.firstName()).isEqualTo(new PersonName("John"));
        assertThat(change.age()).isEqualTo(new Age(28));
        assertThat(change.country()).isEqualTo(new CountryName("India"));
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
    void everyBrokenRuleIsReportedAtOnceWhereItHappened() {
        FreelancerForm form = Forms.complete().firstName("J").age("12").country("Atlantis")
                .educations(List.of(new EducationForm("MIT", "BSc", "2015", "2019"), new EducationForm("MIT", "MSc", "2020", "2019")));

        assertThat(errors(form)).isEqualTo(Map.of(
                "firstName", List.of(Code.NAME_TOO_SHORT),
                "age", List.of("too_small:16"),
                "country", List.of("country.unknown:Atlantis"),
                "educations.1.endYear", List.of(Code.END_YEAR_BEFORE_START)));
    }

    @Test
    void anItemsPositionKnowsTheListsSizeSoThatTheAnswerCanHaveOneEntryPerItem() {
        RuleViolationException violation = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
                () -> valid(Forms.complete().educations(List.of(new EducationForm("MIT", "BSc", "2015", "2019"),
                        new EducationForm("MIT", "MSc", "2020", "2019"), new EducationForm("MIT", "PhD", "2021", null)))));

        assertThat(violation.violations()).containsExactly(new Violation(
                List.of("educations", new Violation.Item(1, 3), "endYear"), Code.END_YEAR_BEFORE_START, List.of()));
    }

    @Nested
    class Scalars {

        @Test
        void namesAreRequiredNotBlankAndAtMostFiftyCharacters() {
            assertThat(valid(Forms.complete().firstName("  John  ")).firstName()).isEqualTo(new PersonName("John"));
            assertThat(errors(Forms.complete().firstName("  "))).isEqualTo(field("firstName", CommonCode.BLANK));
            assertThat(errors(Forms.complete().lastName(null))).isEqualTo(field("lastName", CommonCode.REQUIRED));
            assertThat(errors(Forms.complete().lastName("a".repeat(51)))).isEqualTo(field("lastName", "too_long:50"));
            assertThat(errors(Forms.complete().lastName("John3"))).isEqualTo(field("lastName", Code.NAME_INVALID));
        }

        @Test
        void aboutAgeCountryAndLocation() {
            assertThat(errors(Forms.complete().about("   short   "))).isEqualTo(field("about", "too_short:10"));
            assertThat(errors(Forms.complete().age("abc"))).isEqualTo(field("age", CommonCode.NOT_AN_INTEGER));
            assertThat(valid(Forms.complete().country(" UNITED STATES ")).country().value()).isEqualTo("United States");
            assertThat(valid(Forms.complete().location("x".repeat(100))).location()).hasSize(100);
            assertThat(errors(Forms.complete().location("x".repeat(101)))).isEqualTo(field("location", "too_long:100"));
            assertThat(errors(Forms.complete().location(" "))).isEqualTo(field("location", CommonCode.BLANK));
        }

        @Test
        void availabilityDefaultsToAvailableWhenCreating() {
            assertThat(valid(Forms.complete().isAvailable(null)).available()).isTrue();
            assertThat(valid(Forms.complete().isAvailable("no")).available()).isFalse();
            assertThat(errors(Forms.complete().isAvailable("maybe"))).isEqualTo(field("available", CommonCode.NOT_A_BOOLEAN));
        }
    }

    @Nested
    class Skills {

        @Test
        void atLeastOne() {
            assertThat(errors(Forms.complete().skills(List.of()))).isEqualTo(field("skills", Code.NO_SKILL));
            assertThat(errors(Forms.complete().skills(null))).isEqualTo(field("skills", CommonCode.REQUIRED));
        }

        @Test
        void deDuplicatedCaseInsensitivelyKeepingTheFirstSpelling() {
            assertThat(valid(Forms.complete().skills(List.of("Python", "python ", "PYTHON", "React"))).skills())
                    .extracting(SkillName::value).containsExactly("Python", "React");
        }

        @Test
        void eachNamedAndAtMostFiftyCharacters() {
            assertThat(errors(Forms.complete().skills(Arrays.asList("Python", " ", null, "x".repeat(51))))).isEqualTo(Map.of(
                    "skills.1.name", List.of(CommonCode.BLANK),
                    "skills.2.name", List.of(CommonCode.REQUIRED),
                    "skills.3.name", List.of("too_long:50")));
        }

        @Test
        void atMostThirtyDistinct() {
            List<String> thirty = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "skill" + i).toList();
            assertThat(valid(Forms.complete().skills(thirty)).skills()).hasSize(30);
            List<String> more = new java.util.ArrayList<>(thirty);
            more.add("one too many");
            assertThat(errors(Forms.complete().skills(more))).isEqualTo(field("skills", "too_many_items:30"));
        }
    }

    @Nested
    class Educations {

        private Map<String, List<String>> educationErrors(EducationForm... items) {
            return errors(Forms.complete().educations(List.of(items)));
        }

        @Test
        void yearsFrom1900AndEndNotBeforeStart() {
            assertThat(valid(Forms.complete().educations(List.of(new EducationForm("MIT", "BSc", "1900", "1900"))))
                    .educations()).hasSize(1);
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "1899", "2019")))
                    .isEqualTo(field("educations.0.startYear", "too_small:1900"));
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2015", "2014")))
                    .isEqualTo(field("educations.0.endYear", Code.END_YEAR_BEFORE_START));
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2015", "2101")))
                    .isEqualTo(field("educations.0.endYear", "too_big:2100"));
        }

        @Test
        void theOrderOfTheYearsIsJudgedEvenWhenOneIsOutOfRange() {
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2101", "2019"))).isEqualTo(Map.of(
                    "educations.0.startYear", List.of("too_big:2100"),
                    "educations.0.endYear", List.of(Code.END_YEAR_BEFORE_START)));
            assertThat(educationErrors(new EducationForm("MIT", "BSc", "2015", "1800"))).isEqualTo(Map.of(
                    "educations.0.endYear", List.of("too_small:1900", Code.END_YEAR_BEFORE_START)));
        }

        @Test
        void noEndYearWhileStudying() {
            assertThat(valid(Forms.complete().educations(List.of(new EducationForm("MIT", "BSc", "2024", " "))))
                    .educations().get(0).endYear()).isNull();
        }

        @Test
        void collegeDegreeAndStartYearAreRequired() {
            assertThat(educationErrors(new EducationForm(null, " ", "twenty", "2019"))).isEqualTo(Map.of(
                    "educations.0.college", List.of(CommonCode.REQUIRED),
                    "educations.0.degree", List.of(CommonCode.BLANK),
                    "educations.0.startYear", List.of(CommonCode.NOT_AN_INTEGER)));
        }

        @Test
        void lengthLimits() {
            assertThat(educationErrors(new EducationForm("c".repeat(151), "d".repeat(151), "2015", "2019"))).isEqualTo(Map.of(
                    "educations.0.college", List.of("too_long:150"),
                    "educations.0.degree", List.of("too_long:150")));
        }

        @Test
        void notAnObjectAndTooMany() {
            assertThat(errors(Forms.complete().educations(Arrays.asList((EducationForm) null))))
                    .isEqualTo(field("educations.0", CommonCode.NOT_AN_ITEM));
            List<EducationForm> many = java.util.Collections.nCopies(21, new EducationForm("MIT", "BSc", "2015", "2019"));
            assertThat(errors(Forms.complete().educations(many))).isEqualTo(field("educations", "too_many_items:20"));
        }

        @Test
        void optionalWhenCreating() {
            assertThat(valid(Forms.complete().educations(null)).educations()).isEmpty();
        }
    }

    @Nested
    class Experiences {

        private Map<String, List<String>> experienceErrors(ExperienceForm item) {
            return errors(Forms.complete().experiences(List.of(item)));
        }

        @Test
        void endDateNotBeforeStartDate() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "2020-01-15", "2020-01-14", "", "false")))
                    .isEqualTo(field("experiences.0.endDate", Code.END_DATE_BEFORE_START));
            assertThat(valid(Forms.complete().experiences(List.of(
                    new ExperienceForm("Dev", "Acme", "2020-01-15", "2020-01-15", null, null)))).experiences().get(0).description())
                    .isEmpty();
        }

        @Test
        void anOngoingExperienceHasNoEndDate() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "2020-01-15", "2023-01-01", "", "true")))
                    .isEqualTo(field("experiences.0.endDate", Code.ONGOING_WITH_END_DATE));
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", null, "2023-01-01", "", "yes")))
                    .as("even without a start date").isEqualTo(Map.of(
                            "experiences.0.startDate", List.of(CommonCode.REQUIRED),
                            "experiences.0.endDate", List.of(Code.ONGOING_WITH_END_DATE)));
            Experience ongoing = valid(Forms.complete().experiences(List.of(
                    new ExperienceForm("Dev", "Acme", "2020-01-15", null, "", "true")))).experiences().get(0);
            assertThat(ongoing.ongoing()).isTrue();
            assertThat(ongoing.endDate()).isNull();
        }

        @Test
        void isoDatesOnly() {
            assertThat(experienceErrors(new ExperienceForm("Dev", "Acme", "15/01/2020", "2020-02-30", "", "false"))).isEqualTo(Map.of(
                    "experiences.0.startDate", List.of(CommonCode.NOT_A_DATE),
                    "experiences.0.endDate", List.of(CommonCode.NOT_A_DATE)));
        }

        @Test
        void requiredFieldsAndLimits() {
            assertThat(experienceErrors(new ExperienceForm(null, "c".repeat(101), null, null, "d".repeat(2001), "perhaps")))
                    .isEqualTo(Map.of(
                            "experiences.0.role", List.of(CommonCode.REQUIRED),
                            "experiences.0.company", List.of("too_long:100"),
                            "experiences.0.startDate", List.of(CommonCode.REQUIRED),
                            "experiences.0.description", List.of("too_long:2000"),
                            "experiences.0.ongoing", List.of(CommonCode.NOT_A_BOOLEAN)));
        }
    }

    @Nested
    class Languages {

        @Test
        void atLeastOne() {
            assertThat(errors(Forms.complete().languages(List.of()))).isEqualTo(field("languages", Code.NO_LANGUAGE));
            assertThat(errors(Forms.complete().languages(null))).isEqualTo(field("languages", CommonCode.REQUIRED));
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
                    new LanguageForm(null, "Native"), new LanguageForm("english", "Native"))))).isEqualTo(Map.of(
                            "languages.0.proficiency", List.of("not_a_choice:Expert"),
                            "languages.1.name", List.of(CommonCode.REQUIRED),
                            "languages.2.name", List.of(Code.DUPLICATE_LANGUAGE)));
        }

        @Test
        void nameAtMostFiftyCharacters() {
            assertThat(errors(Forms.complete().languages(List.of(new LanguageForm("x".repeat(51), "Native")))))
                    .isEqualTo(field("languages.0.name", "too_long:50"));
        }
    }

    @Nested
    class Links {

        @Test
        void portfolioLinksAreWebUrls() {
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm("Shop", "", "github.com/johndoe")))))
                    .isEqualTo(field("portfolios.0.projectLink", CommonCode.URL_INVALID));
        }

        @Test
        void portfolioNeedsATitleAndMayGoWithoutLink() {
            assertThat(valid(Forms.complete().portfolios(List.of(new PortfolioForm("Shop", null, " ")))).portfolios())
                    .containsExactly(new PortfolioItem("Shop", "", null));
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm(null, null, "https://x.org")))))
                    .isEqualTo(field("portfolios.0.title", CommonCode.REQUIRED));
            assertThat(errors(Forms.complete().portfolios(List.of(new PortfolioForm("t".repeat(151), null, "https://x.org/" + "p".repeat(500))))))
                    .isEqualTo(Map.of(
                            "portfolios.0.title", List.of("too_long:150"),
                            "portfolios.0.projectLink", List.of("too_long:500")));
        }

        @Test
        void socialLinksAreWebUrlsOrNothing() {
            assertThat(errors(Forms.complete().socialLinks(new SocialLinksForm("ftp://github.com/x", null, "twitter", null, "https://instagram.com/x"))))
                    .isEqualTo(Map.of(
                            "socialLinks.githubUrl", List.of(CommonCode.URL_INVALID),
                            "socialLinks.twitterUrl", List.of(CommonCode.URL_INVALID)));
            assertThat(valid(Forms.complete().socialLinks(null)).socialLinks()).isEqualTo(SocialLinks.NONE);
            assertThat(valid(Forms.complete().socialLinks(new SocialLinksForm("", null, null, null, " HTTPS://Instagram.com/x ")))
                    .socialLinks()).isEqualTo(new SocialLinks(null, null, null, null, "HTTPS://Instagram.com/x"));
        }
    }

    @Nested
    class Files {

        @Test
        void aPictureIsCheckedAsAPicture() {
            assertThat(valid(Forms.complete().profilePicture(Forms.file(Forms.WEBP))).picture()).isNotNull();
            assertThat(errors(Forms.complete().profilePicture(Forms.file(Forms.PDF)))).isEqualTo(field("picture", CommonCode.NOT_A_PICTURE));
        }

        @Test
        void certificatesAreCheckedAsCertificatesAtAnExistingPosition() {
            FreelancerChange change = valid(Forms.complete().educationCertificate(0, Forms.file(Forms.PDF))
                    .experienceCertificate(0, Forms.file(Forms.JPEG)));
            assertThat(change.educationCertificates()).containsOnlyKeys(0);
            assertThat(change.experienceCertificates()).containsOnlyKeys(0);

            assertThat(errors(Forms.complete().educationCertificate(0, Forms.file(Forms.WEBP))
                    .experienceCertificate(1, Forms.file(Forms.PDF)))).isEqualTo(Map.of(
                            "educations.0.certificate", List.of(Code.NOT_A_CERTIFICATE),
                            "experiences.1.certificate", List.of("certificate.no_item:1")));
        }

        @Test
        void everyFileAtMostTheLimit() {
            byte[] exactly = Arrays.copyOf(Forms.PNG, LIMIT);
            assertThat(valid(Forms.complete().profilePicture(Forms.file(exactly))).picture()).isNotNull();
            assertThat(errors(Forms.complete().profilePicture(Forms.file(Arrays.copyOf(Forms.PNG, LIMIT + 1)))
                    .educationCertificate(0, Forms.file(Arrays.copyOf(Forms.PDF, LIMIT + 1))))).isEqualTo(Map.of(
                            "picture", List.of("file.too_large:1024"),
                            "educations.0.certificate", List.of("file.too_large:1024")));
        }
    }

    @Nested
    class Partial {

        @Test
        void aPatchChecksOnlyWhatWasSent() {
            FreelancerChange change = rules.check(new FreelancerForm().about("A brand new about text"), null, false);
            assertThat(change.about()).isEqualTo(new AboutText("A brand new about text"));
            assertThat(change.firstName()).isNull();
            assertThat(change.skills()).isNull();
            assertThat(change.educations()).isNull();
            assertThat(change.socialLinks()).isNull();
            assertThat(change.available()).isNull();
        }

        @Test
        void aPatchStillChecksWhatWasSent() {
            assertThat(errors(new FreelancerForm().skills(List.of()).age("9"), false)).isEqualTo(Map.of(
                    "age", List.of("too_small:16"),
                    "skills", List.of(Code.NO_SKILL)));
        }

        @Test
        void aFullUpdateRequiresEveryRequiredField() {
            assertThat(errors(new FreelancerForm().firstName("John"), true)).containsOnlyKeys("lastName", "about",
                    "age", "country", "location", "skills", "languages");
        }

        @Test
        void aCertificateMayAttachToAnExistingItemWithoutResendingTheList() {
            Freelancer current = FreelancerTest.created();
            FreelancerChange change = rules.check(new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)), current, false);
            assertThat(change.educationCertificates()).containsOnlyKeys(0);
            assertThat(errors(new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)), false))
                    .isEqualTo(field("educations.0.certificate", "certificate.no_item:0"));
        }

        @Test
        void fieldsTheAdapterCouldNotReadAreReportedWithTheRestAndNotCheckedFurther() {
            assertThat(errors(Forms.complete().unreadable(FreelancerForm.EDUCATIONS, CommonCode.NOT_A_LIST, "str").age("x")
                    .unreadable(FreelancerForm.FIRST_NAME, CommonCode.NOT_A_STRING).firstName(null))).isEqualTo(Map.of(
                            "educations", List.of("not_a_list:str"),
                            "firstName", List.of(CommonCode.NOT_A_STRING),
                            "age", List.of(CommonCode.NOT_AN_INTEGER)));
        }
    }
}
