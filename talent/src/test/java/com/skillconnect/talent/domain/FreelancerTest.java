package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** The document's example, created at T0, its creation event already pulled. */
    static Freelancer created() {
        Freelancer freelancer = Freelancer.create(ID, USER, RULES.check(Forms.complete(), null, true), StoredUploads.NONE, T0);
        freelancer.takeEvents();
        return freelancer;
    }

    private static FreelancerChange patch(FreelancerForm form, Freelancer current) {
        return RULES.check(form, current, false);
    }

    @Test
    void creatingTakesEveryCheckedFieldAndAnnouncesTheCard() {
        FreelancerChange change = RULES.check(Forms.complete().profilePicture(Forms.file(Forms.PNG)), null, true);
        Freelancer freelancer = Freelancer.create(ID, USER, change, new StoredUploads(PICTURE, Map.of(), Map.of()), T0);

        assertThat(freelancer.id()).isEqualTo(ID);
        assertThat(freelancer.userId()).isEqualTo(USER);
        assertThat(freelancer.firstName()).isEqualTo("John");
        assertThat(freelancer.age()).isEqualTo(28);
        assertThat(freelancer.picture()).isEqualTo(PICTURE);
        assertThat(freelancer.createdAt()).isEqualTo(T0);
        assertThat(freelancer.updatedAt()).isEqualTo(T0);
        assertThat(freelancer.title()).isEqualTo("Senior Developer");
        assertThat(freelancer.takeEvents()).containsExactly(ProfileCardChanged.ofFreelancer(USER, new FreelancerId(7), "John",
                "Doe", "/media/profiles/a.png", "Mumbai", List.of("Python", "Django"), true));
        assertThat(freelancer.takeEvents()).isEmpty();
    }

    @Test
    void aNewProfileNeedsACompleteChange() {
        FreelancerChange partial = patch(new FreelancerForm().about("Only the about text"), null);
        assertThatIllegalArgumentException().isThrownBy(() -> Freelancer.create(ID, USER, partial, StoredUploads.NONE, T0));
    }

    @Test
    void aPatchChangesOnlyWhatWasSentAndAnnouncesTheCardAgain() {
        Freelancer freelancer = created();

        List<StoredFile> unused = freelancer.apply(patch(new FreelancerForm().isAvailable("false")
                .skills(List.of("React", "Node.js")), freelancer), StoredUploads.NONE, T1);

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
    void aNewPictureReplacesTheOldWhichBecomesUnused() {
        Freelancer freelancer = created();
        freelancer.apply(patch(new FreelancerForm().profilePicture(Forms.file(Forms.PNG)), freelancer),
                new StoredUploads(PICTURE, Map.of(), Map.of()), T1);

        List<StoredFile> unused = freelancer.apply(patch(new FreelancerForm().profilePicture(Forms.file(Forms.JPEG)), freelancer),
                new StoredUploads(NEW_PICTURE, Map.of(), Map.of()), T1);

        assertThat(freelancer.picture()).isEqualTo(NEW_PICTURE);
        assertThat(unused).containsExactly(PICTURE);
    }

    @Test
    void certificatesAttachByPositionAndSurviveAnUnchangedItem() {
        Freelancer freelancer = created();
        freelancer.apply(patch(new FreelancerForm().educationCertificate(0, Forms.file(Forms.PDF)), freelancer),
                new StoredUploads(null, Map.of(0, CERTIFICATE), Map.of()), T1);
        assertThat(freelancer.educations().get(0).certificate()).isEqualTo(CERTIFICATE);

        // the same education sent again, behind a new one: it keeps its certificate
        List<StoredFile> unused = freelancer.apply(patch(new FreelancerForm().educations(List.of(
                new EducationForm("IIT", "M.Tech", "2019", "2021"),
                new EducationForm("MIT", "B.Tech Computer Science", "2015", "2019"))), freelancer), StoredUploads.NONE, T1);
        assertThat(unused).isEmpty();
        assertThat(freelancer.educations()).extracting(Education::certificate).containsExactly(null, CERTIFICATE);

        // replaced by a different list: the certificate is no longer used
        unused = freelancer.apply(patch(new FreelancerForm().educations(List.of()), freelancer), StoredUploads.NONE, T1);
        assertThat(unused).containsExactly(CERTIFICATE);
        assertThat(freelancer.files()).isEmpty();
    }

    @Test
    void experienceCertificatesToo() {
        Freelancer freelancer = created();
        freelancer.apply(patch(new FreelancerForm().experienceCertificate(0, Forms.file(Forms.PDF)), freelancer),
                new StoredUploads(null, Map.of(), Map.of(0, CERTIFICATE)), T1);
        assertThat(freelancer.experiences().get(0).certificate()).isEqualTo(CERTIFICATE);
        assertThat(freelancer.files()).containsExactly(CERTIFICATE);
    }

    @Test
    void theTitleIsTheOngoingOrLatestRole() {
        Freelancer freelancer = created();
        freelancer.apply(patch(new FreelancerForm().experiences(List.of(
                new ExperienceForm("Intern", "A", "2015-01-01", "2015-06-01", "", "false"),
                new ExperienceForm("Lead", "B", "2018-01-01", null, "", "true"),
                new ExperienceForm("Architect", "C", "2021-01-01", "2022-01-01", "", "false"))), freelancer),
                StoredUploads.NONE, T1);
        assertThat(freelancer.title()).isEqualTo("Lead");

        freelancer.apply(patch(new FreelancerForm().experiences(List.of()), freelancer), StoredUploads.NONE, T1);
        assertThat(freelancer.title()).isNull();
    }

    @Test
    void valueObjectsRefuseImpossibleStates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Education("MIT", "BSc", 2020, 2019, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Experience("Dev", "Acme",
                java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2021, 1, 1), "", true, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Experience("Dev", "Acme",
                java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2019, 1, 1), "", false, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkillName(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> new FreelancerId(0));
        assertThat(new SkillName("  Machine   Learning ").value()).isEqualTo("Machine Learning");
        assertThat(new SkillName("Python").key()).isEqualTo(new SkillName("PYTHON").key());
    }

    @Test
    void verificationIsNeverTheFreelancersClaim() {
        assertThat(VerificationFlags.emailOnly(true)).isEqualTo(new VerificationFlags(true, false, false, false));
    }
}
