package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Gigs API's services ("Service (Gig) Endpoints" 1.1-1.4): a freelancer with a profile offers gigs in JSON or
 * as a form with an image, lists, reads, changes and deletes their own; every rule is a field error.
 */
class GigApiTest extends ListingApiSupport {

    @Test
    void theDocumentsExampleCreatesAGigAnsweredAsTheDocumentShows() {
        Party freelancer = freelancerWithProfile("John", "Doe");

        Response created = send("POST", SERVICES, freelancer.caller(), gigExample());

        assertStatus(created, 201);
        JsonNode gig = created.json();
        assertThat(gig.propertyNames()).containsExactlyInAnyOrder("id", "title", "description", "category",
                "skills_output", "freelancer", "price", "delivery_time", "revisions", "image", "is_featured", "is_active",
                "created_at", "updated_at");
        assertThat(gig.get("id").asLong()).isPositive();
        assertThat(gig.get("title").asString()).isEqualTo("Website Design");
        assertThat(gig.get("description").asString()).isEqualTo("Beautiful portfolio website built with React & Django.");
        assertThat(gig.get("category")).isEqualTo(json("{'id': 2, 'name': 'Web Development'}"));
        assertThat(names(gig.get("skills_output"), "name")).containsExactly("React", "Django");
        assertThat(gig.get("skills_output").get(0).get("id").isIntegralNumber()).isTrue();
        assertThat(gig.get("price").asString()).isEqualTo("25000");
        assertThat(gig.get("price").isNumber()).isTrue();
        assertThat(gig.get("delivery_time").asInt()).isEqualTo(10);
        assertThat(gig.get("revisions").asInt()).isEqualTo(3);
        assertThat(gig.get("image").isNull()).isTrue();
        assertThat(gig.get("is_featured").asBoolean()).isFalse();
        assertThat(gig.get("is_active").asBoolean()).isTrue();
        assertThat(gig.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        JsonNode card = gig.get("freelancer");
        assertThat(card.get("id").asLong()).isEqualTo(freelancer.profileId());
        assertThat(card.get("first_name").asString()).isEqualTo("John");
        assertThat(card.get("last_name").asString()).isEqualTo("Doe");
        assertThat(card.get("name").asString()).isEqualTo("John Doe");
        assertThat(card.get("rating").asInt()).isZero();
        assertThat(card.get("review_count").asInt()).isZero();
        assertThat(card.get("location").asString()).isEqualTo("Mumbai");
        assertThat(card.has("profile_picture")).isTrue();
        assertThat(send("GET", SERVICES + gig.get("id").asLong() + "/", freelancer.caller(), null).json()).isEqualTo(gig);
    }

    @Test
    void aFormWithARealImageStoresItAndAnswersAnAbsoluteUrl() {
        Party freelancer = freelancerWithProfile("Asha", "Rao");
        byte[] png = realPng();

        Response created = multipart("POST", SERVICES, freelancer.caller(), exampleGigForm().file("image", "web.png", "image/png", png));

        assertStatus(created, 201);
        String image = created.json().get("image").asString();
        assertThat(image).startsWith("http://localhost:" + port + "/media/services/").endsWith(".png");
        assertThat(download(image)).isEqualTo(png);
        assertThat(names(created.json().get("skills_output"), "name")).containsExactly("React", "Django");
        assertThat(created.json().get("price").asInt()).isEqualTo(25000);
        assertThat(created.json().get("is_featured").asBoolean()).isFalse();
    }

    @Test
    void aScriptDisguisedAsAPictureIsRefusedAndNothingIsCreated() {
        Party freelancer = freelancerWithProfile("Mira", "Sen");
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);

        Response refused = multipart("POST", SERVICES, freelancer.caller(),
                exampleGigForm().file("image", "innocent.png", "image/png", script));

        assertAnswer(refused, 400, "{'image': ['Upload a valid image: png, jpeg or webp.']}");
        assertThat(fetch(SERVICES, freelancer.caller()).json()).isEmpty();
    }

    @Test
    void everyRuleIsAFieldError() {
        Party freelancer = freelancerWithProfile("John", "Rules");

        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "title", "x".repeat(121),
                "description", "d".repeat(2001), "price", 0, "delivery_time", 0, "revisions", -1)), 400, """
                {'title': ['Ensure this field has no more than 120 characters.'],
                 'description': ['Ensure this field has no more than 2000 characters.'],
                 'price': ['Ensure this value is greater than or equal to 0.01.'],
                 'delivery_time': ['Ensure this value is greater than or equal to 1.'],
                 'revisions': ['Ensure this value is greater than or equal to 0.']}""");
        assertAnswer(send("POST", SERVICES, freelancer.caller(), body("image", "<file>")), 400, """
                {'title': ['This field is required.'], 'description': ['This field is required.'],
                 'category_id': ['This field is required.'], 'price': ['This field is required.'],
                 'delivery_time': ['This field is required.']}""");
        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "category_id", 999)), 400,
                "{'category_id': ['Invalid pk \"999\" - object does not exist.']}");
        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "price", "abc", "delivery_time", "ten",
                "is_featured", "maybe", "title", List.of("a"))), 400, """
                {'title': ['Not a valid string.'], 'price': ['A valid number is required.'],
                 'delivery_time': ['A valid integer is required.'], 'is_featured': ['Must be a valid boolean.']}""");
        assertAnswer(send("POST", SERVICES, freelancer.caller(), "[1, 2]"), 400,
                "{'non_field_errors': ['Invalid data. Expected a dictionary, but got list.']}");
        assertThat(fetch(SERVICES, freelancer.caller()).json()).isEmpty();
    }

    @Test
    void malformedSkillsAreInvalidSkillsFormat() {
        Party freelancer = freelancerWithProfile("John", "Skills");
        String invalid = "{'skills_input': ['Invalid skills format.']}";

        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "skills_input", 42)), 400, invalid);
        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "skills_input", Map.of("a", 1))), 400, invalid);
        assertAnswer(send("POST", SERVICES, freelancer.caller(), with(gigExample(), "skills_input", List.of(Map.of("id", 3)))), 400, invalid);
        assertAnswer(multipart("POST", SERVICES, freelancer.caller(), exampleGigForm("{\"a\": 1}")), 400, invalid);
        assertThat(fetch(SERVICES, freelancer.caller()).json()).isEmpty();
        // plain names and comma text are fine
        JsonNode named = createdGig(freelancer, with(gigExample(), "skills_input", List.of("Go", "go", "Rust")));
        assertThat(names(named.get("skills_output"), "name")).containsExactly("Go", "Rust");
    }

    @Test
    void onlyAFreelancerWithAProfileOffersGigs() {
        Party client = clientWithProfile("Jane", "Smith");
        Caller freelancerWithoutProfile = freelancer();

        assertAnswer(send("POST", SERVICES, client.caller(), gigExample()), 403,
                "{'detail': 'Only freelancers with a profile can create services.'}");
        assertStatus(send("POST", SERVICES, freelancerWithoutProfile, gigExample()), 403);
        assertStatus(send("POST", SERVICES, null, gigExample()), 401);
        assertStatus(fetch(SERVICES, null), 401);
        assertThat(fetch(SERVICES, client.caller()).json()).isEmpty();
    }

    @Test
    void theOwnListHoldsTheCallersGigsNewestFirst() {
        Party freelancer = freelancerWithProfile("John", "Lists");
        Party other = freelancerWithProfile("Other", "Person");
        long first = createdGig(freelancer, with(gigExample(), "title", "First")).get("id").asLong();
        long second = createdGig(freelancer, with(gigExample(), "title", "Second", "is_active", false)).get("id").asLong();
        createdGig(other, gigExample());

        JsonNode mine = fetch(SERVICES, freelancer.caller()).json();

        assertThat(mine.isArray()).isTrue();
        assertThat(names(mine, "id")).containsExactly(Long.toString(second), Long.toString(first));
        assertThat(mine.get(0).get("is_active").asBoolean()).isFalse();
    }

    @Test
    void putAndPatchChangeTheFieldsSent() {
        Party freelancer = freelancerWithProfile("John", "Updates");
        JsonNode gig = createdGig(freelancer, gigExample());
        String path = SERVICES + gig.get("id").asLong() + "/";

        Response put = send("PUT", path, freelancer.caller(), Map.of("title", "Updated Website Design",
                "skills_input", List.of(Map.of("name", "Next.js"))));
        assertStatus(put, 200);
        assertThat(put.json().get("title").asString()).isEqualTo("Updated Website Design");
        assertThat(names(put.json().get("skills_output"), "name")).containsExactly("Next.js");
        assertThat(put.json().get("price").asInt()).isEqualTo(25000);

        Response patch = send("PATCH", path, freelancer.caller(), Map.of("price", "1999.50", "revisions", 0));
        assertStatus(patch, 200);
        assertThat(patch.json().get("price").decimalValue()).isEqualByComparingTo("1999.5");
        assertThat(patch.json().get("revisions").asInt()).isZero();
        assertThat(patch.json().get("title").asString()).isEqualTo("Updated Website Design");

        Response image = multipart("PATCH", path, freelancer.caller(), new MultipartForm().field("delivery_time", "3")
                .file("image", "new.png", "image/png", realPng()));
        assertStatus(image, 200);
        assertThat(image.json().get("delivery_time").asInt()).isEqualTo(3);
        assertThat(image.json().get("image").asString()).contains("/media/services/");

        Map<String, Object> before = gigRow(gig.get("id").asLong());
        assertAnswer(send("PATCH", path, freelancer.caller(), Map.of("delivery_time", 0)), 400,
                "{'delivery_time': ['Ensure this value is greater than or equal to 1.']}");
        assertThat(gigRow(gig.get("id").asLong())).isEqualTo(before);
    }

    @Test
    void deletingHidesTheGigForGoodButKeepsItsRow() {
        Party freelancer = freelancerWithProfile("John", "Deletes");
        long id = createdGig(freelancer, gigExample()).get("id").asLong();
        String path = SERVICES + id + "/";

        assertStatus(send("DELETE", path, freelancer.caller(), null), 204);

        assertAnswer(fetch(path, freelancer.caller()), 404, "{'detail': 'Not found.'}");
        assertStatus(send("PATCH", path, freelancer.caller(), Map.of("title", "Back")), 404);
        assertStatus(send("DELETE", path, freelancer.caller(), null), 404);
        assertThat(fetch(SERVICES, freelancer.caller()).json()).isEmpty();
        Map<String, Object> row = gigRow(id);
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(row.get("is_active")).isEqualTo(false);
        assertThat(row.get("title")).isEqualTo("Website Design");
    }

    @Test
    void badIdsAreNotFound() {
        Party freelancer = freelancerWithProfile("John", "Ids");
        for (String id : List.of("0", "99999999999999999999", "123456789")) {
            assertAnswer(fetch(SERVICES + id + "/", freelancer.caller()), 404, "{'detail': 'Not found.'}");
        }
        assertStatus(fetch(SERVICES + "abc/", freelancer.caller()), 404);
    }
}
