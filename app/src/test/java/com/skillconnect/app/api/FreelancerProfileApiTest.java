package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST profile-setup/ and GET|PUT|PATCH profile-setup/me/: a freelancer's own profile, over HTTP. */
class FreelancerProfileApiTest extends FreelancerApiSupport {

    private static final List<String> PROFILE_FIELDS = List.of("id", "user", "first_name", "last_name",
            "profile_picture", "about", "age", "country", "location", "is_available", "created_at", "updated_at",
            "skills_output", "educations_output", "experiences_output", "languages_output", "portfolios_output",
            "social_links_output", "verification_output");

    // ---- create ---------------------------------------------------------------------------------

    @Test
    void createsFromTheDocumentsJsonExampleAndAnswersTheDocumentsShape() {
        Caller john = freelancer();

        Response created = send("POST", SETUP, john, example());

        assertStatus(created, 201);
        JsonNode profile = created.json();
        assertThat(profile.propertyNames()).containsExactlyElementsOf(PROFILE_FIELDS);
        assertThat(profile.get("id").isIntegralNumber()).isTrue();
        assertThat(profile.get("user").asLong()).isEqualTo(john.userId());
        assertThat(profile.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(profile.get("updated_at")).isEqualTo(profile.get("created_at"));
        long id = profile.get("id").asLong();
        JsonNode expected = json("""
                {'id': %d, 'user': %d, 'first_name': 'John', 'last_name': 'Doe', 'profile_picture': null,
                 'about': 'Full-stack developer with 5 years experience', 'age': 28, 'country': 'India',
                 'location': 'Mumbai', 'is_available': true,
                 'created_at': '%s', 'updated_at': '%s',
                 'skills_output': [{'id': %d, 'name': 'Python'}, {'id': %d, 'name': 'Django'}],
                 'educations_output': [{'id': %d, 'college': 'MIT', 'degree': 'B.Tech Computer Science',
                                        'start_year': 2015, 'end_year': 2019, 'certificate': null}],
                 'experiences_output': [{'id': %d, 'role': 'Senior Developer', 'company': 'Tech Corp',
                                         'start_date': '2020-01-15', 'end_date': '2023-06-30',
                                         'description': 'Led backend development', 'ongoing': false, 'certificate': null}],
                 'languages_output': [{'id': %d, 'name': 'English', 'proficiency': 'native'},
                                      {'id': %d, 'name': 'Hindi', 'proficiency': 'fluent'}],
                 'portfolios_output': [{'id': %d, 'title': 'E-commerce Platform', 'description': 'Built scalable marketplace',
                                        'project_link': 'https://github.com/johndoe/ecommerce'}],
                 'social_links_output': {'github_url': 'https://github.com/johndoe', 'linkedin_url': 'https://linkedin.com/in/johndoe',
                                         'twitter_url': null, 'facebook_url': null, 'instagram_url': null},
                 'verification_output': {'email_verified': false, 'phone_verified': false, 'id_verified': false, 'video_verified': false}}
                """.formatted(id, john.userId(), profile.get("created_at").asString(), profile.get("updated_at").asString(),
                profile.at("/skills_output/0/id").asLong(), profile.at("/skills_output/1/id").asLong(),
                profile.at("/educations_output/0/id").asLong(), profile.at("/experiences_output/0/id").asLong(),
                profile.at("/languages_output/0/id").asLong(), profile.at("/languages_output/1/id").asLong(),
                profile.at("/portfolios_output/0/id").asLong()));
        assertThat(profile).isEqualTo(expected);

        assertAnswer(fetch(ME, john), 200, expected.toString());
        assertAnswer(fetch("/api/v1/profiles/freelancer/profile-setup/me", john), 200, expected.toString());
        Response detail = fetch(BROWSE + id + "/", null);
        assertStatus(detail, 200);
        assertThat(withoutDetailHeader(detail.json())).isEqualTo(expected);
        assertThat(profilesOf(john.userId())).isOne();
    }

    @Test
    void creationAndEveryUpdateAnnounceTheProfileCard() {
        Caller john = freelancer();
        long id = create(john, example()).get("id").asLong();

        assertThat(cards(id)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("changedAt")
                .containsExactly(ProfileCardChanged.ofFreelancer(new com.skillconnect.identity.UserId(john.userId()),
                        new FreelancerId(id), "John", "Doe", null, "Mumbai", "India", List.of("Python", "Django"), true,
                        Instant.EPOCH));

        assertStatus(send("PATCH", ME, john, body("is_available", false, "location", "Pune")), 200);
        assertThat(cards(id)).hasSize(2).last().satisfies(card -> {
            assertThat(card.available()).isFalse();
            assertThat(card.location()).isEqualTo("Pune");
        });
        assertStatus(send("PUT", ME, john, example()), 200);
        assertThat(cards(id)).hasSize(3);
    }

    private List<ProfileCardChanged> cards(long profileId) {
        return publishedEvents.ofType(ProfileCardChanged.class).stream()
                .filter(card -> card.role() == com.skillconnect.identity.Role.FREELANCER && card.profileId() == profileId)
                .toList();
    }

    @Test
    void createsFromMultipartWithPictureAndCertificatesServedUnderMedia() {
        Caller john = freelancer();
        MultipartForm form = exampleForm()
                .field("agreeTerms", "true")
                .file("profile_picture", "me.png", "image/png", PNG)
                .file("education_certificate_0", "degree.pdf", "application/pdf", PDF)
                .file("experience_certificate_0", "letter.jpg", "image/jpeg", JPEG);

        Response created = multipart("POST", SETUP, john, form);

        assertStatus(created, 201);
        JsonNode profile = created.json();
        String picture = profile.get("profile_picture").asString();
        String degree = profile.at("/educations_output/0/certificate").asString();
        String letter = profile.at("/experiences_output/0/certificate").asString();
        assertThat(picture).matches("http://localhost:" + port + "/media/profiles/[0-9a-f-]{36}\\.png");
        assertThat(degree).matches("http://localhost:" + port + "/media/certificates/[0-9a-f-]{36}\\.pdf");
        assertThat(letter).matches("http://localhost:" + port + "/media/certificates/[0-9a-f-]{36}\\.jpg");
        assertThat(download(picture)).isEqualTo(PNG);
        assertThat(download(degree)).isEqualTo(PDF);
        assertThat(download(letter)).isEqualTo(JPEG);

        assertThat(profile.get("age").asInt()).isEqualTo(28);
        assertThat(profile.get("is_available").asBoolean()).isTrue();
        assertThat(names(profile.get("skills_output"), "name")).containsExactly("Python", "Django");
        assertThat(names(profile.get("languages_output"), "proficiency")).containsExactly("native", "fluent");
        assertThat(profile.at("/social_links_output/github_url").asString()).isEqualTo("https://github.com/johndoe");
        assertThat(fetch(ME, john).json()).isEqualTo(profile);
    }

    /** The example as the frontend's wizard sends it: text fields, nested lists as JSON strings. */

    @Test
    void aFileOfTheWrongKindIsAFieldErrorAndNothingIsKept() {
        Caller john = freelancer();
        List<Path> filesBefore = storedFiles();
        MultipartForm form = exampleForm()
                .file("profile_picture", "photo.png", "image/png", "<html>not a picture</html>".getBytes())
                .file("education_certificate_0", "degree.pdf", "application/pdf", PDF)
                .file("experience_certificate_0", "letter.exe", "application/pdf", "MZ\u0090\u0000".getBytes());

        assertAnswer(multipart("POST", SETUP, john, form), 400, """
                {'profile_picture': ['Upload a valid image: png, jpeg or webp.'],
                 'experience_certificate_0': ['Unsupported file type: upload a pdf, png or jpg file.']}""");
        assertThat(profilesOf(john.userId())).isZero();
        assertThat(storedFiles()).containsExactlyInAnyOrderElementsOf(filesBefore);
    }

    @Test
    void aFileOverTheSizeLimitIsAFieldErrorAndNothingIsKept() {
        Caller john = freelancer();
        List<Path> filesBefore = storedFiles();
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        MultipartForm form = exampleForm()
                .file("profile_picture", "me.png", "image/png", PNG)
                .file("education_certificate_0", "degree.pdf", "application/pdf", tooLarge);

        assertAnswer(multipart("POST", SETUP, john, form), 400,
                "{'education_certificate_0': ['The file is too large: at most 10 MB are allowed.']}");
        assertThat(profilesOf(john.userId())).isZero();
        assertThat(storedFiles()).containsExactlyInAnyOrderElementsOf(filesBefore);
    }

    @Test
    void aCertificateMustBelongToAnItem() {
        Caller john = freelancer();
        assertAnswer(multipart("POST", SETUP, john, exampleForm().file("education_certificate_1", "x.pdf", "application/pdf", PDF)),
                400, "{'education_certificate_1': ['There is no education at position 1.']}");
    }

    // ---- rules ----------------------------------------------------------------------------------

    @Test
    void everyBrokenRuleIsAFieldErrorInDrfShapeAndNothingIsSaved() {
        Caller john = freelancer();
        Map<String, Object> body = example();
        body.put("first_name", "J");
        body.put("last_name", "Doe3");
        body.put("about", "Too short");
        body.put("age", 15);
        body.put("country", "Atlantis");
        body.put("location", "");
        body.put("is_available", "perhaps");
        body.put("skills_input", List.of());
        body.put("educations_input", List.of(
                Map.of("college", "MIT", "degree", "BSc", "start_year", 2015, "end_year", 2019),
                Map.of("college", "MIT", "degree", "MSc", "start_year", 2020, "end_year", 2019),
                Map.of("college", "Old", "degree", "BA", "start_year", 1899)));
        body.put("experiences_input", List.of(
                Map.of("role", "Dev", "company", "Acme", "start_date", "2020-01-15", "end_date", "2021-01-01", "ongoing", true),
                Map.of("role", "Dev", "company", "Acme", "start_date", "2020-01-15", "end_date", "2019-01-01"),
                Map.of("company", "Acme", "start_date", "15/01/2020")));
        body.put("languages_input", List.of(Map.of("name", "English", "proficiency", "Expert"),
                Map.of("name", "english", "proficiency", "native")));
        body.put("portfolios_input", List.of(Map.of("title", "Shop", "project_link", "github.com/johndoe")));
        body.put("social_links_input", Map.of("github_url", "ftp://github.com/johndoe", "twitter_url", "https://twitter.com/jd"));

        assertAnswer(send("POST", SETUP, john, body), 400, """
                {'first_name': ['Enter a valid name: at least 2 letters, with single spaces, hyphens or apostrophes between them.'],
                 'last_name': ['Enter a valid name: at least 2 letters, with single spaces, hyphens or apostrophes between them.'],
                 'about': ['Ensure this field has at least 10 characters.'],
                 'age': ['Ensure this value is greater than or equal to 16.'],
                 'country': ['"Atlantis" is not a known country.'],
                 'location': ['This field may not be blank.'],
                 'is_available': ['Must be a valid boolean.'],
                 'skills_input': ['At least one skill is required.'],
                 'educations_input': [{}, {'end_year': ['End year must be greater than or equal to start year.']},
                                      {'start_year': ['Ensure this value is greater than or equal to 1900.']}],
                 'experiences_input': [{'end_date': ['An ongoing experience has no end date.']},
                                       {'end_date': ['End date must not be before start date.']},
                                       {'role': ['This field is required.'],
                                        'start_date': ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.']}],
                 'languages_input': [{'proficiency': ['"Expert" is not a valid choice.']},
                                     {'name': ['This language is listed twice.']}],
                 'portfolios_input': [{'project_link': ['Enter a valid URL.']}],
                 'social_links_input': {'github_url': ['Enter a valid URL.']}}""");
        assertThat(profilesOf(john.userId())).isZero();
    }

    @Test
    void requiredFieldsLanguagesAndLengthLimits() {
        Caller john = freelancer();
        Map<String, Object> body = example();
        body.remove("first_name");
        body.put("languages_input", List.of());
        body.put("about", "x".repeat(2001));
        body.put("age", "twenty");
        body.put("skills_input", List.of(Map.of("id", 1, "name", "y".repeat(51))));
        assertAnswer(send("POST", SETUP, john, body), 400, """
                {'first_name': ['This field is required.'],
                 'about': ['Ensure this field has no more than 2000 characters.'],
                 'age': ['A valid integer is required.'],
                 'skills_input': [{'name': ['Ensure this field has no more than 50 characters.']}],
                 'languages_input': ['At least one language is required.']}""");

        Map<String, Object> tooOld = example();
        tooOld.put("age", 101);
        tooOld.put("last_name", "D".repeat(51));
        assertAnswer(send("POST", SETUP, john, tooOld), 400, """
                {'last_name': ['Ensure this field has no more than 50 characters.'],
                 'age': ['Ensure this value is less than or equal to 100.']}""");
        assertThat(profilesOf(john.userId())).isZero();
    }

    @Test
    void aNestedListThatIsNotAListIsAFieldError() {
        Caller john = freelancer();
        MultipartForm form = exampleForm().field("educations_input", "MIT 2015-2019").field("age", "abc");
        assertAnswer(multipart("POST", SETUP, john, form), 400, """
                {'age': ['A valid integer is required.'],
                 'educations_input': ['Expected a list of items but got type "str".']}""");
    }

    @Test
    void enumeratedValuesMatchCaseInsensitivelyAndAnswerCanonically() {
        Map<String, Object> body = example();
        body.put("languages_input", List.of(Map.of("name", "English", "proficiency", "NATIVE"),
                Map.of("name", "Hindi", "proficiency", "advanced"), Map.of("name", "Tamil", "proficiency", "beginner"),
                Map.of("name", "French", "proficiency", "Intermediate")));
        body.put("country", "india");
        JsonNode profile = create(freelancer(), body);
        // answered in lower case, as the frontend sends and compares them; advanced stays advanced
        assertThat(names(profile.get("languages_output"), "proficiency")).containsExactly("native", "advanced", "beginner", "intermediate");
        assertThat(profile.get("country").asString()).isEqualTo("India");
    }

    // ---- who may ----------------------------------------------------------------------------------

    @Test
    void onlyFreelancersSetUpAFreelancerProfile() {
        Caller client = clientUser();
        String forbidden = "{'detail': 'Only freelancers can set up a freelancer profile.'}";
        assertAnswer(send("POST", SETUP, client, example()), 403, forbidden);
        assertAnswer(fetch(ME, client), 403, forbidden);
        assertAnswer(send("PATCH", ME, client, body("about", "A client trying to write here")), 403, forbidden);
        assertThat(profilesOf(client.userId())).isZero();

        assertAnswer(send("POST", SETUP, null, example()), 401, "{'detail': 'Authentication credentials were not provided.'}");
        assertAnswer(fetch(ME, null), 401, "{'detail': 'Authentication credentials were not provided.'}");
    }

    @Test
    void oneProfilePerUser() {
        Caller john = freelancer();
        create(john, example());
        Map<String, Object> second = example();
        second.put("first_name", "Johnny");

        assertAnswer(send("POST", SETUP, john, second), 400, "{'non_field_errors': ['Profile already exists for this user']}");
        assertThat(profilesOf(john.userId())).isOne();
        assertThat(fetch(ME, john).json().get("first_name").asString()).isEqualTo("John");
    }

    @Test
    void withoutAProfileMeIsNotFound() {
        Caller john = freelancer();
        String notFound = "{'detail': 'Profile not found.'}";
        assertAnswer(fetch(ME, john), 404, notFound);
        assertAnswer(send("PUT", ME, john, example()), 404, notFound);
        assertAnswer(send("PATCH", ME, john, body("about", "Nothing to patch here")), 404, notFound);
        assertThat(profilesOf(john.userId())).isZero();
    }

    @Test
    void noUserCanChangeAnothersProfile() {
        Caller alice = freelancer();
        Caller mallory = freelancer();
        JsonNode alices = create(alice, example());
        long aliceId = alices.get("id").asLong();
        JsonNode mallorys = create(mallory, example());

        // the only write endpoints are "me": naming Alice's profile or user in the body changes Mallory's own
        Response patched = send("PATCH", ME, mallory, body("id", aliceId, "user", alice.userId(), "first_name", "Mallory"));
        assertStatus(patched, 200);
        assertThat(patched.json().get("id")).isEqualTo(mallorys.get("id"));
        assertThat(patched.json().get("user").asLong()).isEqualTo(mallory.userId());
        Map<String, Object> put = example();
        put.put("id", aliceId);
        put.put("user", alice.userId());
        put.put("about", "Mallory rewrote this profile");
        assertThat(send("PUT", ME, mallory, put).json().get("id")).isEqualTo(mallorys.get("id"));

        assertThat(withoutDetailHeader(fetch(BROWSE + aliceId + "/", null).json())).isEqualTo(alices);
        assertAnswer(fetch(ME, alice), 200, alices.toString());

        // and there is no id-addressed write endpoint to aim at
        assertStatus(send("PUT", BROWSE + aliceId + "/", mallory, put), 405);
        assertStatus(send("PATCH", BROWSE + aliceId + "/", mallory, body("about", "Mallory was here, yes")), 405);
        assertStatus(send("DELETE", BROWSE + aliceId + "/", mallory, null), 405);
        assertStatus(send("PUT", SETUP + aliceId + "/", mallory, put), 404);
        assertAnswer(fetch(ME, alice), 200, alices.toString());
    }

    // ---- the original's view set: list and id ------------------------------------------------------

    @Test
    void theSetUpListHoldsTheCallersOwnProfileWhichItsIdAddresses() {
        Caller john = freelancer();
        assertAnswer(fetch(SETUP, john), 200, "[]");
        JsonNode mine = create(john, example());
        String byId = SETUP + mine.get("id").asLong() + "/";

        Response list = fetch(SETUP, john);
        assertStatus(list, 200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json().values()).containsExactly(mine);
        assertAnswer(fetch(byId, john), 200, mine.toString());

        Map<String, Object> put = example();
        put.put("about", "Rewritten through the id endpoint");
        Response replaced = send("PUT", byId, john, put);
        assertStatus(replaced, 200);
        assertThat(replaced.json().get("about").asString()).isEqualTo("Rewritten through the id endpoint");
        Response patched = send("PATCH", byId, john, body("location", "Pune"));
        assertStatus(patched, 200);
        assertThat(patched.json().get("location").asString()).isEqualTo("Pune");
        Response byForm = multipart("PATCH", byId, john, new MultipartForm().field("location", "Delhi"));
        assertStatus(byForm, 200);
        assertThat(byForm.json().get("location").asString()).isEqualTo("Delhi");
        assertThat(byForm.json().get("id")).isEqualTo(mine.get("id"));
        assertThat(fetch(ME, john).json().get("location").asString()).isEqualTo("Delhi");
        assertThat(profilesOf(john.userId())).isOne();
    }

    @Test
    void anotherUsersProfileIdIsNotFoundAndChangesNothing() {
        Caller alice = freelancer();
        Caller mallory = freelancer();
        JsonNode alices = create(alice, example());
        create(mallory, example());
        String alicesId = SETUP + alices.get("id").asLong() + "/";
        String notFound = "{'detail': 'Not found.'}";

        assertAnswer(fetch(alicesId, mallory), 404, notFound);
        assertAnswer(send("PUT", alicesId, mallory, example()), 404, notFound);
        assertAnswer(send("PATCH", alicesId, mallory, body("about", "Mallory was here, yes")), 404, notFound);
        assertAnswer(multipart("PATCH", alicesId, mallory, new MultipartForm().field("about", "Mallory was here, yes")),
                404, notFound);
        assertAnswer(fetch(SETUP + "0/", mallory), 404, notFound);
        assertAnswer(fetch(SETUP + "99999999999999999999/", mallory), 404, notFound);
        assertThat(fetch(SETUP, mallory).json().values()).singleElement()
                .satisfies(own -> assertThat(own.get("user").asLong()).isEqualTo(mallory.userId()));

        assertAnswer(fetch(ME, alice), 200, alices.toString());
    }

    @Test
    void advancedAndFluentAreDistinctAndAnsweredAsSent() {
        Map<String, Object> body = example();
        body.put("languages_input", List.of(Map.of("name", "English", "proficiency", "Advanced"),
                Map.of("name", "Hindi", "proficiency", "fluent")));
        Caller john = freelancer();
        create(john, body);

        assertThat(names(fetch(ME, john).json().get("languages_output"), "proficiency")).containsExactly("advanced", "fluent");
    }

    // ---- updates ----------------------------------------------------------------------------------

    @Test
    void putRequiresEveryFieldAndReplacesTheWholeProfile() {
        Caller john = freelancer();
        Map<String, Object> initial = example();
        initial.put("is_available", false);
        JsonNode before = create(john, initial);

        assertAnswer(send("PUT", ME, john, body("first_name", "Johnny")), 400, """
                {'last_name': ['This field is required.'], 'about': ['This field is required.'],
                 'age': ['This field is required.'], 'country': ['This field is required.'],
                 'location': ['This field is required.'], 'skills_input': ['This field is required.'],
                 'languages_input': ['This field is required.']}""");
        assertAnswer(fetch(ME, john), 200, before.toString());

        Map<String, Object> body = example();
        body.put("first_name", "Johnny");
        body.remove("educations_input");
        body.remove("is_available");
        body.put("skills_input", List.of("Go"));
        clock.advance(Duration.ofMinutes(1));
        Response put = send("PUT", ME, john, body);

        assertStatus(put, 200);
        JsonNode after = put.json();
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("first_name").asString()).isEqualTo("Johnny");
        assertThat(after.get("educations_output").isEmpty()).isTrue();
        assertThat(after.get("is_available").asBoolean()).isTrue();
        assertThat(names(after.get("skills_output"), "name")).containsExactly("Go");
        assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
        assertThat(java.time.Instant.parse(after.get("updated_at").asString()))
                .isAfter(java.time.Instant.parse(before.get("updated_at").asString()));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndReplacesOnlySentLists() {
        Caller john = freelancer();
        JsonNode before = create(john, example());

        Response patched = send("PATCH", ME, john, json("""
                {'about': 'Updated bio with new skills', 'is_available': false,
                 'skills_input': [{'name': 'React'}, {'name': 'Node.js'}]}"""));

        assertStatus(patched, 200);
        JsonNode after = patched.json();
        assertThat(after.get("about").asString()).isEqualTo("Updated bio with new skills");
        assertThat(after.get("is_available").asBoolean()).isFalse();
        assertThat(names(after.get("skills_output"), "name")).containsExactly("React", "Node.js");
        for (String kept : List.of("first_name", "age", "country", "location", "educations_output", "experiences_output",
                "languages_output", "portfolios_output", "social_links_output", "profile_picture")) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept)); // same items, same ids
        }

        JsonNode languages = send("PATCH", ME, john, json("{'languages_input': [{'name': 'Marathi', 'proficiency': 'Native'}]}")).json();
        assertThat(names(languages.get("languages_output"), "name")).containsExactly("Marathi");
        assertThat(names(languages.get("skills_output"), "name")).containsExactly("React", "Node.js");
        assertThat(languages.get("educations_output")).isEqualTo(before.get("educations_output"));

        assertAnswer(send("PATCH", ME, john, json("{'skills_input': [], 'age': 12}")), 400, """
                {'age': ['Ensure this value is greater than or equal to 16.'], 'skills_input': ['At least one skill is required.']}""");
        assertThat(names(fetch(ME, john).json().get("skills_output"), "name")).containsExactly("React", "Node.js");
    }

    @Test
    void patchByMultipartReplacesThePictureAndAttachesACertificate() {
        Caller john = freelancer();
        JsonNode before = multipart("POST", SETUP, john, exampleForm().file("profile_picture", "a.png", "image/png", PNG)).json();
        String oldPicture = before.get("profile_picture").asString();

        Response patched = multipart("PATCH", ME, john, new MultipartForm()
                .file("profile_picture", "b.jpg", "image/jpeg", JPEG)
                .file("education_certificate_0", "degree.pdf", "application/pdf", PDF));

        assertStatus(patched, 200);
        JsonNode after = patched.json();
        assertThat(after.get("profile_picture").asString()).isNotEqualTo(oldPicture).endsWith(".jpg");
        assertThat(download(after.get("profile_picture").asString())).isEqualTo(JPEG);
        assertThat(after.at("/educations_output/0/id")).isEqualTo(before.at("/educations_output/0/id"));
        assertThat(download(after.at("/educations_output/0/certificate").asString())).isEqualTo(PDF);
        assertThat(fetch(localPath(oldPicture), null).status()).isEqualTo(404); // the replaced picture is deleted
    }

    // ---- skills and verification -------------------------------------------------------------------

    @Test
    void skillsAreSharedAndDeDuplicatedCaseInsensitively() {
        String skill = capitalized(letters(10));
        Map<String, Object> body = example();
        body.put("skills_input", List.of(Map.of("id", 999999, "name", skill), skill.toLowerCase(),
                Map.of("name", " " + skill.toUpperCase() + " "), "Django"));

        JsonNode first = create(freelancer(), body);
        assertThat(names(first.get("skills_output"), "name")).containsExactly(skill, "Django");

        Map<String, Object> other = example();
        other.put("skills_input", List.of(skill.toUpperCase()));
        JsonNode second = create(freelancer(), other);
        assertThat(second.get("skills_output")).isEqualTo(json("[{'id': %d, 'name': '%s'}]"
                .formatted(first.at("/skills_output/0/id").asLong(), skill)));
        assertThat(jdbc.queryForObject("select count(*) from talent.skill where lower(name) = lower(?)", Integer.class, skill)).isOne();
    }

    @Test
    void verificationIsNotSelfService() {
        Caller john = freelancer(); // identity never told talent this user verified an e-mail
        Map<String, Object> body = example();
        body.put("verification_input", Map.of("email_verified", true, "phone_verified", true, "id_verified", true,
                "video_verified", true));

        JsonNode profile = create(john, body);
        assertThat(profile.get("verification_output")).isEqualTo(json(
                "{'email_verified': false, 'phone_verified': false, 'id_verified': false, 'video_verified': false}"));
        JsonNode patched = send("PATCH", ME, john, body("verification_input", Map.of("email_verified", true))).json();
        assertThat(patched.at("/verification_output/email_verified").asBoolean()).isFalse();
    }

    @Test
    void theEmailIsVerifiedOnceIdentityActivatedTheAccount() {
        JsonNode session = activeUser(new UsersApiPath(UsersApiPath.DOCUMENTED, true), "FREELANCER");
        Caller verified = new Caller(session.at("/user/id").asLong(), session.get("access").asString());
        Map<String, Object> body = example();
        body.put("verification_input", Map.of("email_verified", false));
        create(verified, body);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fetch(ME, verified).json().get("verification_output"))
                .isEqualTo(json("{'email_verified': true, 'phone_verified': false, 'id_verified': false, 'video_verified': false}")));
        assertThat(jdbc.queryForMap("select role, email_verified from talent.known_user where user_id = ?", verified.userId()))
                .containsEntry("role", "FREELANCER").containsEntry("email_verified", true);
    }
}
