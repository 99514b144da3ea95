package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.PublishedEvents;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.app.test.HttpApi.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** POST client/profile-setup/ and GET|PUT|PATCH client/profile-setup/me/: a client's own profile. */
class ClientProfileApiTest extends ClientApiTestBase {

    static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z";

    @Value("${skillconnect.storage.root}")
    String storageRoot;
    @Autowired
    PublishedEvents publishedEvents;

    long storedPictures() {
        Path folder = Path.of(storageRoot).toAbsolutePath().resolve("profiles/clients");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An individual client profile (Ravi-like fields, in Pune) created by multipart with one picture. */
    Response createIndividualWithPicture(User client, String firstName, String fileName, byte[] picture) {
        return multipart("POST", SETUP, client.token(), Map.of("account_type", "individual",
                "first_name", firstName, "last_name", "Kumar", "location", "Pune"), fileName, picture);
    }

    void assertNothingSaved(User client, long storedPicturesBefore) {
        assertThat(clientRows(client.id())).isZero();
        assertThat(storedPictures()).isEqualTo(storedPicturesBefore);
    }

    // ---- create ---------------------------------------------------------------------------------

    @Test
    void theDocumentsJsonExampleCreatesTheDocumentsAnswer() {
        User jane = newClientUser();

        Response created = createClient(jane, documentExample());

        assertStatus(created, 201);
        JsonNode body = created.json();
        assertThat(body.propertyNames()).containsExactly("id", "user", "account_type", "first_name", "last_name",
                "company_name", "profile_picture", "company_description", "country", "location", "industry",
                "company_size", "website", "project_types", "budget_range", "project_frequency",
                "preferred_communications", "working_hours", "business_goals", "current_challenges",
                "previous_experiences", "expected_timeline", "quality_importance", "payment_method", "monthly_budget",
                "project_budget", "payment_timing", "created_at", "updated_at");
        assertThat(body.get("id").isIntegralNumber()).isTrue();
        assertThat(body.get("user").asLong()).isEqualTo(jane.id());
        assertThat(body.get("profile_picture").isNull()).isTrue();
        assertThat(body.get("created_at").asString()).matches(TIMESTAMP);
        assertThat(body.get("updated_at")).isEqualTo(body.get("created_at"));
        JsonNode expected = json("""
                {'account_type': 'business', 'first_name': 'Jane', 'last_name': 'Smith', 'company_name': 'TechStart Inc',
                 'company_description': 'We build innovative software solutions', 'country': 'India',
                 'location': 'Bangalore', 'industry': 'Technology', 'company_size': '10-50',
                 'website': 'https://techstart.com', 'project_types': ['Web Development', 'Mobile Apps'],
                 'budget_range': '$10,000 - $50,000', 'project_frequency': 'Monthly',
                 'preferred_communications': ['Email', 'Slack'], 'working_hours': '9 AM - 6 PM IST',
                 'business_goals': ['Scale our platform to 10k users'], 'current_challenges': ['Need faster development cycles'],
                 'previous_experiences': 'Worked with 5 freelancers before', 'expected_timeline': '3-6 months',
                 'quality_importance': 'High', 'payment_method': 'Bank Transfer', 'monthly_budget': 50000,
                 'project_budget': 200000, 'payment_timing': 'Milestone-based'}""");
        expected.propertyNames().forEach(name -> assertThat(body.get(name)).as(name).isEqualTo(expected.get(name)));

        Response mine = send("GET", ME, jane.token(), null);
        assertStatus(mine, 200);
        assertThat(mine.json()).isEqualTo(body);
        assertThat(clientRows(jane.id())).isOne();
    }

    @Test
    void creatingAndChangingAProfilePublishesItsPublicCard() {
        User jane = newClientUser();
        long id = createdClient(jane, documentExample()).get("id").asLong();

        assertStatus(send("PATCH", ME, jane.token(), body("location", "Pune", "first_name", "Janet")), 200);

        assertThat(publishedEvents.ofType(ProfileCardChanged.class).stream().filter(card -> card.userId().value() == jane.id()))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("changedAt")
                .containsExactly(
                        ProfileCardChanged.ofClient(new UserId(jane.id()), new ClientId(id), "Jane", "Smith", null, "Bangalore",
                                "business", "TechStart Inc", "India", "Technology", Instant.EPOCH),
                        ProfileCardChanged.ofClient(new UserId(jane.id()), new ClientId(id), "Janet", "Smith", null, "Pune",
                                "business", "TechStart Inc", "India", "Technology", Instant.EPOCH));
    }

    @Test
    void theWizardsMultipartFormWithJsonArrayStringsAndAPictureIsAccepted() {
        User client = newClientUser();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account_type", "personal");
        form.put("first_name", "Ravi");
        form.put("last_name", "Kumar");
        form.put("company_name", "");
        form.put("location", "Pune");
        form.put("website", "");
        form.put("project_types", "[\"Web Development\",\"SEO\"]");
        form.put("preferred_communications", "[\"Email\",\"WhatsApp\"]");
        form.put("business_goals", "[\"Increase online presence\",\"Reduce costs\"]");
        form.put("current_challenges", "[]");
        form.put("monthly_budget", "");
        form.put("project_budget", "1500.50");
        form.put("email_verified", "false");

        Response created = multipart("POST", SETUP, client.token(), form, "me.png", PNG);

        assertStatus(created, 201);
        JsonNode body = created.json();
        assertThat(body.get("account_type").asString()).isEqualTo("individual");
        // the wizard's JSON array strings are answered as JSON arrays: its pages call .map on them
        assertThat(body.get("project_types")).isEqualTo(json("['Web Development', 'SEO']"));
        assertThat(body.get("preferred_communications")).isEqualTo(json("['Email', 'WhatsApp']"));
        assertThat(body.get("business_goals")).isEqualTo(json("['Increase online presence', 'Reduce costs']"));
        assertThat(body.get("current_challenges")).isEqualTo(json("[]"));
        assertThat(body.get("website").isNull()).isTrue();
        assertThat(body.get("monthly_budget").isNull()).isTrue();
        assertThat(body.get("project_budget").decimalValue()).isEqualByComparingTo("1500.50");
        String picture = body.get("profile_picture").asString();
        assertThat(picture).matches("http://localhost:" + port + "/media/profiles/clients/[0-9a-f-]{36}\\.png");
        assertThat(download(picture)).isEqualTo(PNG);
    }

    @Test
    void documentFormListsInMultipartAreSplitOnCommas() {
        User client = newClientUser();
        Response created = multipart("POST", SETUP, client.token(), Map.of("account_type", "individual",
                "first_name", "Asha", "last_name", "Rao", "location", "Mumbai",
                "project_types", "Web Development, Mobile Apps"), null, null);

        assertStatus(created, 201);
        assertThat(created.json().get("project_types")).isEqualTo(json("['Web Development', 'Mobile Apps']"));
        assertThat(created.json().get("business_goals")).isEqualTo(json("[]"));
        assertThat(created.json().get("profile_picture").isNull()).isTrue();
    }

    @Test
    void realJsonArraysAreAcceptedToo() {
        Map<String, Object> body = documentExample();
        body.put("project_types", java.util.List.of("Web Development", "Mobile Apps"));
        body.put("business_goals", java.util.List.of("Scale"));

        JsonNode created = createdClient(newClientUser(), body);

        assertThat(created.get("project_types")).isEqualTo(json("['Web Development', 'Mobile Apps']"));
        assertThat(created.get("business_goals")).isEqualTo(json("['Scale']"));
    }

    @Test
    void aPictureThatIsNotAnImageIsAFieldErrorAndNothingIsSaved() {
        User client = newClientUser();
        long before = storedPictures();

        Response refused = createIndividualWithPicture(client, "Ravi", "me.png", PDF);

        assertAnswer(refused, 400, "{'profile_picture': ['Upload a valid image: a PNG, JPEG or WebP file.']}");
        assertNothingSaved(client, before);
    }

    @Test
    void aPictureOverTheSizeLimitIsAFieldErrorAndNothingIsSaved() {
        User client = newClientUser();
        long before = storedPictures();
        byte[] big = Arrays.copyOf(JPEG, 10 * 1024 * 1024 + 1);

        Response refused = createIndividualWithPicture(client, "Ravi", "big.jpg", big);

        assertAnswer(refused, 400, "{'profile_picture': ['The file is too large: at most 10 MB.']}");
        assertNothingSaved(client, before);
    }

    @Test
    void aGoodPictureWithABadFieldIsNotStoredEither() {
        User client = newClientUser();
        long before = storedPictures();

        Response refused = createIndividualWithPicture(client, "R2D2", "me.png", PNG);

        assertStatus(refused, 400);
        assertThat(refused.json().propertyNames()).containsExactly("first_name");
        assertNothingSaved(client, before);
    }

    @Test
    void aBusinessAccountNeedsItsCompanyDetails() {
        Response refused = createClient(newClientUser(), body("account_type", "Business", "first_name", "Jane",
                "last_name", "Smith", "location", "Bangalore"));

        assertAnswer(refused, 400, """
                {'company_name': ['Company name is required for business accounts.'],
                 'company_description': ['Company description is required for business accounts.'],
                 'industry': ['Industry is required for business accounts.'],
                 'company_size': ['Company size is required for business accounts.']}""");
    }

    @Test
    void anIndividualNeedsNoCompanyAndTheAccountTypeIsAnsweredInLowerCase() {
        JsonNode created = createdClient(newClientUser(), body("account_type", "INDIVIDUAL", "first_name", "Mary Ann",
                "last_name", "O'Brien", "location", "Chennai", "country", "india"));

        assertThat(created.get("account_type").asString()).isEqualTo("individual");
        assertThat(created.get("company_name").asString()).isEmpty();
        assertThat(created.get("country").asString()).isEqualTo("India");
        assertThat(created.get("last_name").asString()).isEqualTo("O'Brien");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("account_type", "agency", "\"agency\" is not a valid choice."),
                Arguments.of("first_name", "J", "Ensure this field has at least 2 characters."),
                Arguments.of("first_name", "J4ne", "Enter a valid name: letters, with single spaces, hyphens or apostrophes between them."),
                Arguments.of("last_name", "Smith  Jones", "Enter a valid name: letters, with single spaces, hyphens or apostrophes between them."),
                Arguments.of("first_name", "", "This field may not be blank."),
                Arguments.of("location", "  ", "This field may not be blank."),
                Arguments.of("country", "Narnia", "Enter a known country name."),
                Arguments.of("website", "techstart.com", "Enter a valid URL."),
                Arguments.of("website", "ftp://techstart.com", "Enter a valid URL."),
                Arguments.of("monthly_budget", -1, "Ensure this value is greater than or equal to 0."),
                Arguments.of("project_budget", "lots", "A valid number is required."),
                Arguments.of("project_budget", 10.005, "Ensure that there are no more than 2 decimal places."),
                Arguments.of("company_name", "x".repeat(129), "Ensure this field has no more than 128 characters."),
                Arguments.of("company_description", "x".repeat(2001), "Ensure this field has no more than 2000 characters."),
                Arguments.of("budget_range", "x".repeat(65), "Ensure this field has no more than 64 characters."),
                Arguments.of("industry", Map.of("name", "Tech"), "Not a valid string."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void eachInvalidFieldIsAFieldErrorAndNothingIsSaved(String field, Object value, String message) {
        User client = newClientUser();
        Map<String, Object> body = documentExample();
        body.put(field, value);

        Response refused = createClient(client, body);

        assertStatus(refused, 400);
        assertThat(refused.json()).as("%s", refused)
                .isEqualTo(HttpApi.JSON.valueToTree(Map.of(field, java.util.List.of(message))));
        assertThat(clientRows(client.id())).isZero();
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        assertAnswer(createClient(newClientUser(), body("company_name", "Acme")), 400, """
                {'account_type': ['This field is required.'], 'first_name': ['This field is required.'],
                 'last_name': ['This field is required.'], 'location': ['This field is required.']}""");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertAnswer(send("POST", SETUP, newClientUser().token(), "[1, 2]"), 400,
                "{'non_field_errors': ['Invalid data. Expected a dictionary, but got list.']}");
    }

    @Test
    void aFreelancerMayNotCreateAClientProfile() {
        User freelancer = newUser("FREELANCER");

        Response refused = createClient(freelancer, documentExample());

        assertStatus(refused, 403);
        assertThat(refused.json().propertyNames()).containsExactly("detail");
        assertThat(clientRows(freelancer.id())).isZero();
    }

    @Test
    void withoutATokenNothingButBrowsingIsAllowed() {
        assertAnswer(send("POST", SETUP, null, documentExample()), 401,
                "{'detail': 'Authentication credentials were not provided.'}");
        assertStatus(send("GET", ME, null, null), 401);
        assertStatus(send("PATCH", ME, null, body("first_name", "Eve")), 401);
        assertStatus(send("PUT", ME, null, documentExample()), 401);
    }

    @Test
    void aSecondProfileIsRefused() {
        User client = newClientUser();
        createdClient(client, documentExample());

        assertAnswer(createClient(client, documentExample()), 400,
                "{'non_field_errors': ['Profile already exists for this user']}");
        assertThat(clientRows(client.id())).isOne();
    }

    /**
     * A create that passed the "has none yet" check but lost the race for the unique key (another
     * transaction inserted the user's profile meanwhile): the violated constraint answers as the rule it
     * enforces, and the picture stored for the lost request is deleted with its rollback.
     */
    @Test
    void aCreateThatLosesTheRaceForTheUniqueKeyIsTheSameRuleAndKeepsNoFile() throws Exception {
        User client = newClientUser();
        long before = storedPictures();
        try (java.sql.Connection rival = jdbc.getDataSource().getConnection()) {
            rival.setAutoCommit(false);
            try (var insert = rival.prepareStatement("""
                    insert into talent.client (id, version, user_id, account_type, first_name, last_name, company_name,
                            company_description, country, location, industry, company_size, project_types, budget_range,
                            project_frequency, preferred_communications, working_hours, business_goals, current_challenges,
                            previous_experiences, expected_timeline, quality_importance, payment_method, payment_timing,
                            created_at, updated_at)
                    values (?, 0, ?, 'INDIVIDUAL', 'Rival', 'Row', '', '', '', 'Pune', '', '', '{}', '', '', '{}', '', '{}',
                            '{}', '', '', '', '', '', now(), now())""")) {
                insert.setLong(1, 900_000_000L + client.id());
                insert.setLong(2, client.id());
                insert.executeUpdate();
            }
            var request = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> createIndividualWithPicture(client, "Ravi", "me.png", PNG));
            // the request has stored its picture and waits for the rival's row lock on the unique key
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from pg_locks where not granted", Integer.class) > 0);
            rival.commit();

            Response lost = request.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertAnswer(lost, 400, "{'non_field_errors': ['Profile already exists for this user']}");
        }
        assertThat(clientRows(client.id())).isOne();
        assertThat(storedPictures()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH"})
    void withoutAProfileMeIsNotFound(String method) {
        Response response = send(method, ME, newClientUser().token(), "GET".equals(method) ? null : documentExample());

        assertAnswer(response, 404, "{'detail': 'Profile not found.'}");
    }

    @Test
    void pathsWorkWithoutTheTrailingSlash() {
        User client = newClientUser();
        assertStatus(send("POST", SETUP.substring(0, SETUP.length() - 1), client.token(), documentExample()), 201);
        assertStatus(send("GET", ME.substring(0, ME.length() - 1), client.token(), null), 200);
    }

    // ---- the original's view set: list and id ---------------------------------------------------

    @Test
    void theSetUpListHoldsTheCallersOwnProfileWhichItsIdAddresses() {
        User jane = newClientUser();
        assertAnswer(send("GET", SETUP, jane.token(), null), 200, "[]");
        JsonNode mine = createdClient(jane, documentExample());
        String byId = SETUP + mine.get("id").asLong() + "/";

        Response list = send("GET", SETUP, jane.token(), null);
        assertStatus(list, 200);
        assertThat(list.json().values()).containsExactly(mine);
        assertAnswer(send("GET", byId, jane.token(), null), 200, mine.toString());

        // the client dashboard saves with PUT /client/profile-setup/{id}/
        Map<String, Object> put = documentExample();
        put.put("location", "Mysore");
        Response replaced = send("PUT", byId, jane.token(), put);
        assertStatus(replaced, 200);
        assertThat(replaced.json().get("location").asString()).isEqualTo("Mysore");
        assertThat(replaced.json().get("id")).isEqualTo(mine.get("id"));
        Response patched = send("PATCH", byId, jane.token(), body("first_name", "Janet"));
        assertStatus(patched, 200);
        assertThat(patched.json().get("first_name").asString()).isEqualTo("Janet");
        Response byForm = multipart("PUT", byId, jane.token(), Map.of("account_type", "individual", "first_name", "Jan",
                "last_name", "Smith", "location", "Pune", "project_types", "[\"SEO\"]"), "me.png", PNG);
        assertStatus(byForm, 200);
        assertThat(byForm.json().get("project_types")).isEqualTo(json("['SEO']"));
        assertThat(byForm.json().get("profile_picture").asString()).startsWith("http://localhost:" + port + "/media/");
        assertThat(send("GET", ME, jane.token(), null).json()).isEqualTo(byForm.json());
        assertThat(clientRows(jane.id())).isOne();
    }

    @Test
    void anotherUsersProfileIdIsNotFoundAndChangesNothing() {
        User owner = newClientUser();
        JsonNode profile = createdClient(owner, documentExample());
        User stranger = newClientUser();
        createdClient(stranger, documentExample());
        String ownersId = SETUP + profile.get("id").asLong() + "/";
        String notFound = "{'detail': 'Not found.'}";

        assertAnswer(send("GET", ownersId, stranger.token(), null), 404, notFound);
        assertAnswer(send("PUT", ownersId, stranger.token(), documentExample()), 404, notFound);
        assertAnswer(send("PATCH", ownersId, stranger.token(), body("first_name", "Mallory")), 404, notFound);
        assertAnswer(multipart("PATCH", ownersId, stranger.token(), Map.of("first_name", "Mallory"), null, null), 404, notFound);
        assertAnswer(send("GET", SETUP + "0/", stranger.token(), null), 404, notFound);

        assertThat(send("GET", ME, owner.token(), null).json()).isEqualTo(profile);
    }

    // ---- update ---------------------------------------------------------------------------------

    @Test
    void putReplacesTheWholeProfile() {
        User client = newClientUser();
        JsonNode created = createdClient(client, documentExample());
        clock.advance(Duration.ofMinutes(5));

        Response replaced = send("PUT", ME, client.token(), body("account_type", "individual", "first_name", "Janet",
                "last_name", "Smith", "location", "Mysore"));

        assertStatus(replaced, 200);
        JsonNode body = replaced.json();
        assertThat(body.get("id")).isEqualTo(created.get("id"));
        assertThat(body.get("account_type").asString()).isEqualTo("individual");
        assertThat(body.get("first_name").asString()).isEqualTo("Janet");
        assertThat(body.get("company_name").asString()).as("not sent: emptied").isEmpty();
        assertThat(body.get("website").isNull()).isTrue();
        assertThat(body.get("monthly_budget").isNull()).isTrue();
        assertThat(body.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(body.get("updated_at").asString()).isGreaterThan(created.get("updated_at").asString());
        assertThat(send("GET", ME, client.token(), null).json()).isEqualTo(body);
    }

    @Test
    void putNeedsTheRequiredFieldsAndChangesNothingWithoutThem() {
        User client = newClientUser();
        JsonNode created = createdClient(client, documentExample());

        assertAnswer(send("PUT", ME, client.token(), body("company_description", "Only this")), 400, """
                {'account_type': ['This field is required.'], 'first_name': ['This field is required.'],
                 'last_name': ['This field is required.'], 'location': ['This field is required.']}""");
        assertThat(send("GET", ME, client.token(), null).json()).isEqualTo(created);
    }

    @Test
    void patchChangesOnlyWhatIsSent() {
        User client = newClientUser();
        JsonNode created = createdClient(client, documentExample());
        clock.advance(Duration.ofMinutes(1));

        Response patched = send("PATCH", ME, client.token(),
                body("company_description", "Updated description", "monthly_budget", 75000));

        assertStatus(patched, 200);
        JsonNode body = patched.json();
        assertThat(body.get("company_description").asString()).isEqualTo("Updated description");
        assertThat(body.get("monthly_budget").decimalValue()).isEqualByComparingTo("75000");
        created.propertyNames().stream()
                .filter(name -> !Stream.of("company_description", "monthly_budget", "updated_at").toList().contains(name))
                .forEach(name -> assertThat(body.get(name)).as(name).isEqualTo(created.get(name)));
        assertThat(body.get("updated_at").asString()).isNotEqualTo(created.get("updated_at").asString());
    }

    @Test
    void patchIsCheckedAgainstTheWholeProfile() {
        User client = newClientUser();
        createdClient(client, body("account_type", "individual", "first_name", "Ravi", "last_name", "Kumar",
                "location", "Pune"));

        assertAnswer(send("PATCH", ME, client.token(), body("account_type", "business", "company_name", "Kumar & Sons")), 400, """
                {'company_description': ['Company description is required for business accounts.'],
                 'industry': ['Industry is required for business accounts.'],
                 'company_size': ['Company size is required for business accounts.']}""");
        assertThat(send("GET", ME, client.token(), null).json().get("account_type").asString()).isEqualTo("individual");
    }

    @Test
    void aNewPictureReplacesTheOldOneWhichIsDeleted() {
        User client = newClientUser();
        Response created = multipart("POST", SETUP, client.token(), Map.of("account_type", "individual",
                "first_name", "Ravi", "last_name", "Kumar", "location", "Pune"), "a.png", PNG);
        assertStatus(created, 201);
        String oldPicture = created.json().get("profile_picture").asString();

        Response patched = multipart("PATCH", ME, client.token(), Map.of("location", "Nagpur"), "b.jpg", JPEG);

        assertStatus(patched, 200);
        String newPicture = patched.json().get("profile_picture").asString();
        assertThat(newPicture).endsWith(".jpg").isNotEqualTo(oldPicture);
        assertThat(patched.json().get("location").asString()).isEqualTo("Nagpur");
        assertThat(patched.json().get("first_name").asString()).isEqualTo("Ravi");
        assertThat(download(newPicture)).isEqualTo(JPEG);
        assertThat(Path.of(storageRoot).toAbsolutePath().resolve(localPath(oldPicture).substring("/media/".length()))).doesNotExist();
    }

    @Test
    void aPatchWithoutAPictureKeepsIt() {
        User client = newClientUser();
        Response created = multipart("POST", SETUP, client.token(), Map.of("account_type", "individual",
                "first_name", "Ravi", "last_name", "Kumar", "location", "Pune"), "a.png", PNG);

        JsonNode patched = send("PATCH", ME, client.token(), body("first_name", "Ravindra")).json();

        assertThat(patched.get("profile_picture")).isEqualTo(created.json().get("profile_picture"));
    }

    @Test
    void noUserCanChangeAnotherUsersProfile() {
        User owner = newClientUser();
        JsonNode profile = createdClient(owner, documentExample());
        User stranger = newClientUser();
        String id = profile.get("id").asString();

        assertAnswer(send("PATCH", ME, stranger.token(), body("first_name", "Mallory")), 404, "{'detail': 'Profile not found.'}");
        assertAnswer(send("PUT", ME, stranger.token(), documentExample()), 404, "{'detail': 'Profile not found.'}");
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            Response attempt = send(method, BROWSE + id + "/", stranger.token(), body("first_name", "Mallory"));
            assertThat(attempt.status()).as("%s", attempt).isEqualTo(405);
        }
        Response ignoredIds = send("POST", SETUP, stranger.token(), withIds(documentExample(), profile));
        assertStatus(ignoredIds, 201);
        assertThat(ignoredIds.json().get("id")).isNotEqualTo(profile.get("id"));
        assertThat(ignoredIds.json().get("user").asLong()).isEqualTo(stranger.id());
        assertThat(send("GET", ME, owner.token(), null).json()).isEqualTo(profile);
    }

    private static Map<String, Object> withIds(Map<String, Object> body, JsonNode other) {
        body.put("id", other.get("id").asLong());
        body.put("user", other.get("user").asLong());
        body.put("first_name", "Mallory");
        return body;
    }
}
