package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET freelancers/browse/ and browse/{id}/: public, filtered, searched, ordered and paged. Every test
 * puts its profiles in locations starting with its own random tag and filters by it, so that profiles
 * other tests made in the shared database stay out of its way.
 */
class FreelancerBrowseApiTest extends FreelancerApiSupport {

    private static final List<String> CARD_FIELDS = List.of("id", "name", "title", "location", "rating",
            "review_count", "is_available", "skills", "skills_output", "profile_picture", "about");

    private String tag;

    @BeforeEach
    void newTag() {
        tag = capitalized(letters(12));
    }

    private JsonNode add(String first, String last, String city, List<String> skills, String about, boolean available) {
        clock.advance(Duration.ofSeconds(1)); // distinct creation times
        return create(freelancer(), profile(first, last, tag + city, skills, about, available));
    }

    /** A browse of this test's city (the location filter is exact: its tag + Goa). */
    private Response browse(String query) {
        return fetch(BROWSE + "?location=" + tag + "Goa" + (query.isEmpty() ? "" : "&" + query), null);
    }

    private List<String> browsedNames(String query) {
        Response answer = browse(query);
        assertStatus(answer, 200);
        return names(answer.json().get("results"), "name");
    }

    /** A browse of every city, for queries that only this test's profiles match (a made-up skill). */
    private List<String> browsedEverywhere(String query) {
        Response answer = fetch(BROWSE + "?" + query, null);
        assertStatus(answer, 200);
        return names(answer.json().get("results"), "name");
    }

    @Test
    void isPublicAndAnswersTheDocumentsCards() {
        JsonNode john = add("John", "Doe", "Goa", List.of("Python", "Django"), "Full-stack developer with 5 years experience", true);

        Response answer = fetch(BROWSE, null);
        assertStatus(answer, 200);
        assertThat(answer.json().propertyNames()).containsExactly("count", "next", "previous", "results");

        long id = john.get("id").asLong();
        assertAnswer(browse(""), 200, """
                {'count': 1, 'next': null, 'previous': null, 'results': [
                  {'id': %d, 'name': 'John Doe', 'title': 'Senior Developer', 'location': '%sGoa', 'rating': 0,
                   'review_count': 0, 'is_available': true,
                   'skills': [{'id': %d, 'name': 'Python'}, {'id': %d, 'name': 'Django'}],
                   'skills_output': [{'id': %d, 'name': 'Python'}, {'id': %d, 'name': 'Django'}],
                   'profile_picture': null, 'about': 'Full-stack developer with 5 years experience'}]}"""
                .formatted(id, tag, john.at("/skills_output/0/id").asLong(), john.at("/skills_output/1/id").asLong(),
                        john.at("/skills_output/0/id").asLong(), john.at("/skills_output/1/id").asLong()));
        assertThat(browse("").json().at("/results/0").propertyNames()).containsExactlyElementsOf(CARD_FIELDS);
        assertStatus(fetch("/api/v1/profiles/freelancers/browse?location=" + tag, null), 200);
    }

    @Test
    void theTitleIsTheLatestRoleOrNull() {
        Map<String, Object> body = profile("Ann", "Lee", tag + "Goa", List.of("Go"), "Backend engineer since long ago", true);
        body.put("experiences_input", List.of(
                Map.of("role", "Intern", "company", "A", "start_date", "2015-01-01", "end_date", "2015-06-01"),
                Map.of("role", "Lead Engineer", "company", "B", "start_date", "2018-01-01", "ongoing", true),
                Map.of("role", "Architect", "company", "C", "start_date", "2021-01-01", "end_date", "2022-01-01")));
        create(freelancer(), body);
        Map<String, Object> none = profile("Bo", "Kim", tag + "Goa", List.of("Go"), "No experience listed at all", true);
        none.remove("experiences_input");
        create(freelancer(), none);

        Response answer = browse("ordering=created_at");
        assertThat(answer.json().at("/results/0/title").asString()).isEqualTo("Lead Engineer");
        assertThat(answer.json().at("/results/1/title").isNull()).isTrue();
    }

    @Test
    void locationIsTheChosenCityExactlyInAnyCase() {
        add("Ann", "Mumbai", "Mumbai", List.of("Go"), "Lives in the big city", true);
        add("Bob", "Pune", "Pune", List.of("Go"), "Lives in the other city", true);
        add("Cy", "Surat", "Surat", List.of("Go"), "Lives in Surat itself", true);
        add("Di", "Suratgarh", "Suratgarh", List.of("Go"), "Lives in Suratgarh, not Surat", true);

        assertThat(names(fetch(BROWSE + "?location=" + tag.toUpperCase() + "MUMBAI", null).json().get("results"), "name"))
                .containsExactly("Ann Mumbai");
        assertThat(names(fetch(BROWSE + "?location=" + tag.toLowerCase() + "pune", null).json().get("results"), "name"))
                .containsExactly("Bob Pune");
        assertThat(names(fetch(BROWSE + "?location=" + tag + "Surat", null).json().get("results"), "name"))
                .as("not Suratgarh").containsExactly("Cy Surat");
        assertThat(names(fetch(BROWSE + "?location=" + tag + "Surat&skills__name=go", null).json().get("results"), "name"))
                .as("with a skill, from the skill rows' location_key").containsExactly("Cy Surat");
        assertThat(fetch(BROWSE + "?location=" + tag + "MUM", null).json().get("count").asInt()).as("no prefix").isZero();
        assertThat(fetch(BROWSE + "?location=" + tag + "Mumbaix", null).json().get("count").asInt()).isZero();
        assertThat(fetch(BROWSE + "?location=" + tag + "%25", null).json().get("count").asInt()).isZero(); // % is no wildcard
    }

    @Test
    void skillsNameIsCaseInsensitiveAndExact() {
        String rust = capitalized(letters(9));
        add("Ann", "Rustacean", "Goa", List.of(rust, "Go"), "Writes systems software", true);
        add("Bob", "Gopher", "Goa", List.of("Go"), "Writes network services", true);

        assertThat(browsedNames("skills__name=" + rust.toUpperCase())).containsExactly("Ann Rustacean");
        assertThat(browsedNames("skills__name=go")).containsExactlyInAnyOrder("Ann Rustacean", "Bob Gopher");
        assertThat(browsedNames("skills__name=" + rust.substring(0, 5))).isEmpty();
    }

    @Test
    void aSkillFilterFollowsEveryChangeOfTheProfile() { // skill rows carry copies of the card's columns (ADR 8)
        String rust = capitalized(letters(9));
        Caller ann = freelancer();
        clock.advance(Duration.ofSeconds(1));
        create(ann, profile("Ann", "Moving", tag + "Goa", List.of(rust, "Go"), "Moves around a lot", true));
        add("Bob", "Staying", "Goa", List.of(rust), "Stays where he is", true);
        String skill = "skills__name=" + rust;
        assertThat(browsedNames(skill)).containsExactly("Bob Staying", "Ann Moving");

        clock.advance(Duration.ofSeconds(5));
        assertStatus(send("PATCH", ME, ann, body("location", tag + "Pune", "is_available", false)), 200);

        assertThat(browsedEverywhere(skill + "&ordering=-updated_at")).containsExactly("Ann Moving", "Bob Staying");
        assertThat(names(fetch(BROWSE + "?location=" + tag + "goa&" + skill, null).json().get("results"), "name"))
                .containsExactly("Bob Staying");
        assertThat(names(fetch(BROWSE + "?location=" + tag + "pune&" + skill, null).json().get("results"), "name"))
                .containsExactly("Ann Moving");
        assertThat(browsedEverywhere(skill + "&is_available=false")).containsExactly("Ann Moving");

        assertStatus(send("PATCH", ME, ann, body("skills_input", List.of(Map.of("name", "Go")))), 200);

        assertThat(browsedEverywhere(skill)).containsExactly("Bob Staying");
        assertThat(names(fetch(BROWSE + "?location=" + tag + "Pune&skills__name=go", null).json().get("results"), "name"))
                .containsExactly("Ann Moving");
    }

    @Test
    void isAvailableFilters() {
        add("Ann", "Free", "Goa", List.of("Go"), "Ready for new work now", true);
        add("Bob", "Busy", "Goa", List.of("Go"), "Booked for months ahead", false);

        assertThat(browsedNames("is_available=true")).containsExactly("Ann Free");
        assertThat(browsedNames("is_available=false")).containsExactly("Bob Busy");
        assertThat(browsedNames("is_available=False")).containsExactly("Bob Busy");
        assertThat(browsedNames("is_available=whatever")).hasSize(2);
    }

    @Test
    void searchFindsNamesAboutSkillsAndRolesByPrefixOrInnerPartIgnoringCase() {
        String word = letters(8);
        add("Ann", capitalized(word) + "son", "Goa", List.of("Go"), "Plain text about someone", true);
        add("Bob", "Smith", "Goa", List.of("Go"), "Knows the " + word + " framework very well", true);
        add("Cy", "Jones", "Goa", List.of(capitalized(word) + "Script"), "Writes frontends all day", true);
        Map<String, Object> role = profile("Di", "Brown", tag + "Goa", List.of("Go"), "Another plain about text", true);
        role.put("experiences_input", List.of(Map.of("role", "Chief " + word + " officer", "company", "X", "start_date", "2020-01-01")));
        clock.advance(Duration.ofSeconds(1));
        create(freelancer(), role);
        add("Ed", "Nobody", "Goa", List.of("Go"), "Nothing to see in here", true);

        assertThat(browsedNames("search=" + word)).containsExactlyInAnyOrder(
                "Ann " + capitalized(word) + "son", "Bob Smith", "Cy Jones", "Di Brown");
        assertThat(browsedNames("search=" + word.substring(0, 4).toUpperCase())).hasSize(4); // prefix, any case
        assertThat(browsedNames("search=" + word.substring(2, 7))).hasSize(4); // inside a word
        assertThat(browsedNames("search=" + word + "script")).containsExactly("Cy Jones");
        assertThat(browsedNames("search=" + word + "%20framework")).containsExactly("Bob Smith"); // every word must match
        assertThat(browsedNames("search=" + letters(10))).isEmpty();
        assertThat(browsedNames("search=%20")).hasSize(5);
    }

    @Test
    void searchFindsWordsAProfileGainedByAnUpdate() { // the known words grow with every save (ADR 8)
        String word = letters(9);
        Caller ann = freelancer();
        clock.advance(Duration.ofSeconds(1));
        create(ann, profile("Ann", "Editor", tag + "Goa", List.of("Go"), "Nothing special yet", true));
        assertThat(browsedNames("search=" + word.substring(3, 8))).isEmpty();

        assertStatus(send("PATCH", ME, ann, body("about", "Now fluent in pre" + word + " tooling")), 200);

        assertThat(browsedNames("search=" + word.substring(3, 8))).as("inside a word").containsExactly("Ann Editor");
        assertThat(browsedNames("search=pre" + word.substring(0, 4))).as("its beginning").containsExactly("Ann Editor");
    }

    @Test
    void searchFindsWordsWithPunctuationAsWritten() {
        String word = letters(8);
        add("Ann", "Plus", "Goa", List.of("C++", "Go"), "Systems work in " + word, true);
        add("Bob", "Dot", "Goa", List.of("Node.js"), "Servers in " + word, true);
        add("Cy", "Plain", "Goa", List.of("C"), "Embedded " + word, true);

        assertThat(browsedNames("search=c%2B%2B")).containsExactly("Ann Plus");
        assertThat(browsedNames("search=node.js")).containsExactly("Bob Dot");
        assertThat(browsedNames("search=NODE")).containsExactly("Bob Dot");
        assertThat(browsedNames("search=c%2B%2B%20" + word)).containsExactly("Ann Plus");
        assertThat(browsedNames("search=%25%27%22")).as("nothing but punctuation is looked for as written").isEmpty();
    }

    @Test
    void anySearchTextAnswersAPageNeverAnError() {
        add("Ann", "Quote", "Goa", List.of("Go"), "Says it's fine & dandy (mostly) | sometimes: yes!", true);
        for (String text : List.of("'", "\\", ":*", "it's", "a&b|c", "!(x)", "');drop table talent.freelancer;--", "<->",
                "dandy:*", "%_", "\u00e9\u00e8", "x".repeat(300), "a b c d e f g h i j k")) {
            Response answer = browse("search=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertStatus(answer, 200);
        }
        assertThat(browsedNames("search=it%27s")).containsExactly("Ann Quote");
        assertThat(browsedNames("search=dandy")).containsExactly("Ann Quote");
    }

    @Test
    void searchRanksNameMatchesFirst() {
        String word = letters(8);
        add("Ann", "About", "Goa", List.of("Go"), "Mentions " + word + " only in the about text", true);
        add("Bob", capitalized(word), "Goa", List.of("Go"), "Plain about text here", true);
        add("Cy", "Skill", "Goa", List.of(capitalized(word)), "Plain about text there", true);

        assertThat(browsedNames("search=" + word)).containsExactly("Bob " + capitalized(word), "Cy Skill", "Ann About");
        assertThat(browsedNames("search=" + word + "&ordering=created_at")).containsExactly("Ann About", "Bob " + capitalized(word), "Cy Skill");
    }

    @Test
    void orderingByCreationOrUpdateAndUnknownOrderingIsIgnored() {
        Caller ann = freelancer();
        clock.advance(Duration.ofSeconds(1));
        create(ann, profile("Ann", "First", tag + "Goa", List.of("Go"), "Created first of all", true));
        add("Bob", "Second", "Goa", List.of("Go"), "Created second of all", true);
        add("Cy", "Third", "Goa", List.of("Go"), "Created third of all", true);
        List<String> newestFirst = List.of("Cy Third", "Bob Second", "Ann First");
        List<String> oldestFirst = List.of("Ann First", "Bob Second", "Cy Third");

        assertThat(browsedNames("")).containsExactlyElementsOf(newestFirst);
        assertThat(browsedNames("ordering=-created_at")).containsExactlyElementsOf(newestFirst);
        assertThat(browsedNames("ordering=created_at")).containsExactlyElementsOf(oldestFirst);
        assertThat(browsedNames("ordering=-updated_at")).containsExactlyElementsOf(newestFirst);
        assertThat(browsedNames("ordering=-rating")).containsExactlyElementsOf(newestFirst);
        assertThat(browsedNames("ordering=-rating&page_size=100")).containsExactlyElementsOf(newestFirst);

        clock.advance(Duration.ofSeconds(5));
        assertStatus(send("PATCH", ME, ann, body("about", "Ann updated this text last")), 200);

        assertThat(browsedNames("ordering=-updated_at")).containsExactly("Ann First", "Cy Third", "Bob Second");
        assertThat(browsedNames("ordering=updated_at")).containsExactly("Bob Second", "Cy Third", "Ann First");
        assertThat(browsedNames("ordering=-created_at")).containsExactlyElementsOf(newestFirst);
        assertThat(browsedNames("ordering=created_at")).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void pagesOfSixByDefaultWithAbsoluteLinksAndInvalidPages() {
        for (int i = 0; i < 8; i++) {
            add("Person", capitalized(letters(6)), "Goa", List.of("Go"), "One of eight profiles here", true);
        }

        JsonNode first = browse("").json();
        assertThat(first.get("count").asInt()).isEqualTo(8);
        assertThat(first.get("results")).hasSize(6);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asString()).startsWith(api.baseUrl() + "/api/v1/profiles/freelancers/browse")
                .contains("location=" + tag).contains("page=2");

        JsonNode second = fetch(first.get("next").asString().substring(api.baseUrl().length()), null).json();
        assertThat(second.get("results")).hasSize(2);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("previous").asString()).startsWith(api.baseUrl() + "/api/v1/profiles/freelancers/browse")
                .contains("location=" + tag).doesNotContain("page=");

        JsonNode small = browse("page_size=3&page=3").json();
        assertThat(small.get("results")).hasSize(2);
        assertThat(small.get("previous").asString()).contains("page=2").contains("page_size=3");
        List<String> all = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            all.addAll(browsedNames("page_size=3&page=" + page));
        }
        assertThat(all).hasSize(8).doesNotHaveDuplicates();

        assertAnswer(browse("page=3"), 404, "{'detail': 'Invalid page.'}");
        assertAnswer(browse("page=0"), 404, "{'detail': 'Invalid page.'}");
        assertAnswer(browse("page=abc"), 404, "{'detail': 'Invalid page.'}");
    }

    @Test
    void unknownFiltersAreIgnored() {
        add("Ann", "Known", "Goa", List.of("Go"), "A profile to be found here", true);
        assertThat(browsedNames("rating__gte=4&foo=bar&skills=nothing")).containsExactly("Ann Known");
    }

    @Test
    void detailIsPublicAndNotFoundAnswersDrfsBody() {
        JsonNode john = add("John", "Doe", "Goa", List.of("Go"), "Full profile for detail view", true);
        String detail = withHeader(john, "John Doe", "Senior Developer", List.of("Go")).toString();

        assertAnswer(fetch(BROWSE + john.get("id").asLong() + "/", null), 200, detail);
        assertAnswer(fetch(BROWSE + john.get("id").asLong(), null), 200, detail);
        assertAnswer(fetch(BROWSE + "999999999/", null), 404, "{'detail': 'Not found.'}");
        assertAnswer(fetch(BROWSE + "abc/", null), 404, "{'detail': 'Not found.'}");
    }

    @Test
    void detailCarriesTheNameTitleRatingReviewCountAndSkillNamesOfTheProfilePage() {
        JsonNode john = add("John", "Doe", "Goa", List.of("Python", "Django", "React"), "Full-stack developer, five years", true);
        Map<String, Object> body = profile("Bo", "Kim", tag + "Pune", List.of("Go"), "No experience listed at all", true);
        body.remove("experiences_input");
        JsonNode bo = create(freelancer(), body);

        JsonNode detail = fetch(BROWSE + john.get("id").asLong() + "/", null).json();
        assertThat(detail.get("name").asString()).isEqualTo("John Doe");
        assertThat(detail.get("title").asString()).as("the latest role, as on the card").isEqualTo("Senior Developer");
        assertThat(detail.get("rating").asInt()).isZero();
        assertThat(detail.get("review_count").asInt()).isZero();
        assertThat(names(detail.get("skills"))).containsExactly("Python", "Django", "React");
        assertThat(detail.get("skills_output")).as("the objects, as before").isEqualTo(john.get("skills_output"));
        assertThat(fetch(BROWSE + bo.get("id").asLong() + "/", null).json().get("title").isNull())
                .as("no experience, no title (as on the card)").isTrue();
    }

    /** The own profile's answer with the fields the public detail adds. */
    private static JsonNode withHeader(JsonNode profile, String name, String title, List<String> skills) {
        ObjectNode detail = (ObjectNode) profile.deepCopy();
        detail.put("name", name).put("title", title).put("rating", 0).put("review_count", 0);
        ArrayNode names = detail.putArray("skills");
        skills.forEach(names::add);
        return detail;
    }

    private static List<String> names(JsonNode strings) {
        return strings.valueStream().map(JsonNode::asString).toList();
    }
}
