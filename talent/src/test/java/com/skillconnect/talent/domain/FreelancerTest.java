package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.SkillName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FreelancerTest {

    static final Instant T0 = Instant.parse("2025-10-10T10:30:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final FreelancerId ID = new FreelancerId(7);
    static final UserId USER = new UserId(5);
    static final FreelancerRules RULES = new FreelancerRules(10 * 1024 * 1024);

    static final StoredFile PICTURE = new StoredFile("profiles/a.png");
    static final StoredFile NEW_PICTURE = new StoredFile("profiles/b.png");
    static final StoredFile CERTIFICATE = new StoredFile("certificates/c.pdf");

    static final Education MIT = new Education("MIT", "B.Tech Computer Science", 2015, 2019, null);
    static final Experience TECH_CORP = new Experience("Senior Developer", "Tech Corp", LocalDate.of(2020, 1, 15),
            LocalDate.of(2023, 6, 30), "Led backend development", false, null);

    /** The document's example, created at T0, its creation event already pulled. */
    static Freelancer created() {
        Freelancer freelancer = RULES.check(Forms.complete(), null, true).create(ID, USER, StoredUploads.NONE, T0);
        freelancer.takeEvents();
        return freelancer;
    }

    private static List<StoredFile> patch(Freelancer freelancer, FreelancerForm form, StoredUploads files) {
        return RULES.check(form, freelancer, false).applyTo(freelancer, files, T1);
    }

    private static Freelancer.Essentials essentials(List<SkillName> skills, List<Language> languages) {
        return new Freelancer.Essentials(new PersonName("John"), new PersonName("Doe"),
                new AboutText("Full-stack developer"), new Age(28), new CountryName("india"), "Mumbai", skills, languages);
    }

    @Nested
    class Creating {

        @Test
        void takesItsEssentialsIsAvailableAndAnnouncesTheCardOnce() {
            Freelancer freelancer = Freelancer.create(ID, USER, essentials(List.of(new SkillName("Python")),
                    List.of(new Language("English", Proficiency.NATIVE))), T0);

            assertThat(freelancer.firstName()).isEqualTo("John");
            assertThat(freelancer.country()).isEqualTo("India");
            assertThat(freelancer.available()).isTrue();
            assertThat(freelancer.educations()).isEmpty();
            assertThat(freelancer.socialLinks()).isEqualTo(SocialLinks.NONE);
            assertThat(freelancer.createdAt()).isEqualTo(T0);
            assertThat(freelancer.updatedAt()).isEqualTo(T0);
            assertThat(freelancer.takeEvents()).singleElement().isInstanceOf(ProfileCardChanged.class);
        }

        @Test
        void needsASkillAndALanguage() {
            List<Language> english = List.of(new Language("English", Proficiency.NATIVE));
            assertThatIllegalArgumentException().isThrownBy(() -> Freelancer.create(ID, USER, essentials(List.of(), english), T0));
            assertThatIllegalArgumentException().isThrownBy(() -> Freelancer.create(ID, USER,
                    essentials(List.of(new SkillName("Python")), List.of()), T0));
        }

        @Test
        void fromACompleteCheckedChangeWithItsFiles() {
            FreelancerChange change = RULES.check(Forms.complete().profilePicture(Forms.file(Forms.PNG)), null, true);
            Freelancer freelancer = change.create(ID, USER, new StoredUploads(PICTURE, Map.of(), Map.of()), T0);

            assertThat(freelancer.id()).isEqualTo(ID);
            assertThat(freelancer.userId()).isEqualTo(USER);
            assertThat(freelancer.age()).isEqualTo(28);
            assertThat(freelancer.picture()).isEqualTo(PICTURE);
            assertThat(freelancer.educations()).containsExactly(MIT);
            assertThat(freelancer.title()).isEqualTo("Senior Developer");
            assertThat(freelancer.updatedAt()).isEqualTo(T0);
            assertThat(freelancer.takeEvents()).containsExactly(ProfileCardChanged.ofFreelancer(USER, new FreelancerId(7), "John",
                    "Doe", "/media/profiles/a.png", "Mumbai", "India", List.of("Python", "Django"), true, T0));
            assertThat(freelancer.takeEvents()).isEmpty();
        }

        @Test
        void notFromAPartialChange() {
            FreelancerChange partial = RULES.check(new FreelancerForm().about("Only the about text"), null, false);
            assertThatIllegalArgumentException().isThrownBy(() -> partial.create(ID, USER, StoredUploads.NONE, T0));
        }
    }

    @Nested
    class IntentionMethods {

        @Test
        void eachChangeUpdatesTheProfileAndSeveralAnnounceOnlyTheLatestCard() {
            Freelancer freelancer = created();

            freelancer.rename(new PersonName("Jane"), new PersonName("Roe"), T1);
            freelancer.changeAvailability(false, T1);
            freelancer.relocate(new CountryName("France"), "Paris", T1);

            assertThat(freelancer.updatedAt()).isEqualTo(T1);
            assertThat(freelancer.takeEvents()).singleElement().isInstanceOfSatisfying(ProfileCardChanged.class, card -> {
                assertThat(card.firstName()).isEqualTo("Jane");
                assertThat(card.available()).isFalse();
                assertThat(card.location()).isEqualTo("Paris");
            });
        }

        @Test
        void skillsAndLanguagesNeverRunOutOrRepeat() {
            Freelancer freelancer = created();

            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.replaceSkills(List.of(), T1));
            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.replaceSkills(
                    List.of(new SkillName("Java"), new SkillName("JAVA")), T1));
            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.replaceLanguages(List.of(), T1));
            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.replaceLanguages(List.of(
                    new Language("Hindi", Proficiency.FLUENT), new Language("hindi", Proficiency.NATIVE)), T1));
            assertThat(freelancer.skills()).extracting(SkillName::value).containsExactly("Python", "Django");
            assertThat(freelancer.takeEvents()).as("nothing changed").isEmpty();
        }

        @Test
        void aCertificateAttachesOnlyToAnExistingItem() {
            Freelancer freelancer = created();

            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.attachEducationCertificate(1, CERTIFICATE, T1));
            assertThatIllegalArgumentException().isThrownBy(() -> freelancer.attachExperienceCertificate(-1, CERTIFICATE, T1));
            freelancer.attachEducationCertificate(0, CERTIFICATE, T1);

            assertThat(freelancer.educations().get(0).certificate()).isEqualTo(CERTIFICATE);
            assertThat(freelancer.files()).containsExactly(CERTIFICATE);
        }

        @Test
        void anUnchangedItemKeepsItsCertificateWhenTheListIsReplaced() {
            Freelancer freelancer = created();
            freelancer.attachEducationCertificate(0, CERTIFICATE, T1);

            freelancer.replaceEducations(List.of(new Education("IIT", "M.Tech", 2019, 2021, null), MIT), T1);
            assertThat(freelancer.educations()).extracting(Education::certificate).containsExactly(null, CERTIFICATE);

            freelancer.replaceEducations(List.of(), T1);
            assertThat(freelancer.files()).isEmpty();
        }

        @Test
        void updatedAtNeverGoesBeforeCreatedAt() {
            Freelancer freelancer = created();
            freelancer.describe(new AboutText("Travelled back in time"), T0.minusSeconds(5));
            assertThat(freelancer.updatedAt()).isEqualTo(T0);
        }
    }

    @Nested
    class Changes {

        @Test
        void aPatchChangesOnlyWhatWasSentAndAnnouncesTheCardAgain() {
            Freelancer freelancer = created();

            List<StoredFile> unused = patch(freelancer, new FreelancerForm().isAvailable("false")
                    .skills(List.of("React", "Node.js")), StoredUploads.NONE);

            assertThat(unused).isEmpty();
            assertThat(freelancer.available()).isFalse();
            assertThat(freelancer.skills()).extracting(SkillName::value).containsExactly("React", "Node.js");
            assertThat(freelancer.educations()).hasSize(1);
            assertThat(freelancer.languages()).hasSize(2);
            assertThat(freelancer.about()).isEqualTo("Full-stack developer with 5 years experience");
            assertThat(freelancer.createdAt()).isEqualTo(T0);
            assertThat(freelancer.updatedAt()).isEqualTo(T1);
            assertThat(freelancer.takeEvents()).singleElement().isInstanceOfSatisfying(ProfileCardChanged.class, card -> {
                assertThat(card.available()).isFalse();
                assertThat(card.skills()).containsExactly("React", "Node.js");
            });
        }

        @Test
        void onlyOneOfTwoNamesOrOnlyTheCountryMayBeSent() {
            Freelancer freelancer = created();

            patch(freelancer, new FreelancerForm().lastName("Smith").country("nepal"), StoredUploads.NONE);

            assertThat(freelancer.firstName()).isEqualTo("John");
            assertThat(freelancer.lastName()).isEqualTo("Smith");
            assertThat(freelancer.country()).isEqualTo("Nepal");
            assertThat(freelancer.location()).isEqualTo("Mumbai");
        }

        @Test
        void anEmptyPatchStillCountsAsAnUpdate() {
            Freelancer freelancer = created();

            patch(freelancer, new FreelancerForm(), StoredUploads.NONE);

            assertThat(freelancer.updatedAt()).isEqualTo(T1);
            assertThat(freelancer.takeEvents()).singleElement().isInstanceOf(ProfileCardChanged.class);
        }

        @Test
        void aNewPictureReplacesTheOldWhichBecomesUnused() {
            Freelancer freelancer = created();
            patch(freelancer, new FreelancerForm().profilePicture(Forms.file(Forms.PNG)), new StoredUploads(PICTURE, Map.of(), Map.of()));

            List<StoredFile> unused = patch(freelancer, new FreelancerForm().profilePicture(Forms.file(Forms.JPEG)),
                    new StoredUploads(NEW_PICTURE, Map.of(), Map.of()));

            assertThat(freelancer.picture()).isEqualTo(NEW_PICTURE);
            assertThat(unused).containsExactly(PICTURE);
        }

        @Test
        void certificatesAttachByPositionAndSurviveAnUnchangedItem() {
            Freelancer freelancer = created();
            patch(freelancer, new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)),
                    new StoredUploads(null, Map.of(0, CERTIFICATE), Map.of()));
            assertThat(freelancer.educations().get(0).certificate()).isEqualTo(CERTIFICATE);

            List<StoredFile> unused = patch(freelancer, new FreelancerForm().educations(List.of(
                    new EducationForm("IIT", "M.Tech", "2019", "2021"),
                    new EducationForm("MIT", "B.Tech Computer Science", "2015", "2019"))), StoredUploads.NONE);
            assertThat(unused).isEmpty();
            assertThat(freelancer.educations()).extracting(Education::certificate).containsExactly(null, CERTIFICATE);

            unused = patch(freelancer, new FreelancerForm().educations(List.of()), StoredUploads.NONE);
            assertThat(unused).containsExactly(CERTIFICATE);
            assertThat(freelancer.files()).isEmpty();
        }

        @Test
        void experienceCertificatesToo() {
            Freelancer freelancer = created();
            patch(freelancer, new FreelancerForm().experienceCertificate(0, Forms.file(Forms.PDF)),
                    new StoredUploads(null, Map.of(), Map.of(0, CERTIFICATE)));
            assertThat(freelancer.experiences().get(0).certificate()).isEqualTo(CERTIFICATE);
            assertThat(freelancer.files()).containsExactly(CERTIFICATE);
        }

        @Test
        void theTitleIsTheOngoingOrLatestRole() {
            Freelancer freelancer = created();
            patch(freelancer, new FreelancerForm().experiences(List.of(
                    new ExperienceForm("Intern", "A", "2015-01-01", "2015-06-01", "", "false"),
                    new ExperienceForm("Lead", "B", "2018-01-01", null, "", "true"),
                    new ExperienceForm("Architect", "C", "2021-01-01", "2022-01-01", "", "false"))), StoredUploads.NONE);
            assertThat(freelancer.title()).isEqualTo("Lead");

            patch(freelancer, new FreelancerForm().experiences(List.of()), StoredUploads.NONE);
            assertThat(freelancer.title()).isNull();
        }
    }

    @Test
    void valueObjectsRefuseImpossibleStates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Education("MIT", "BSc", 2020, 2019, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Experience("Dev", "Acme",
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "", true, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Experience("Dev", "Acme",
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), "", false, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkillName(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> new FreelancerId(0));
        assertThat(TECH_CORP.ongoing()).isFalse();
    }

    @Test
    void verificationIsNeverTheFreelancersClaim() {
        assertThat(VerificationFlags.emailOnly(true)).isEqualTo(new VerificationFlags(true, false, false, false));
    }
}
