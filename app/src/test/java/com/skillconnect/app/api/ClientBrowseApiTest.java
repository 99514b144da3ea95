package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.SqlStatementCounter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET clients/browse/ and clients/browse/{id}/: public, searchable, filtered, ordered and paginated as DRF does. */
class ClientBrowseApiTest extends ClientApiTestBase {

    /** Creates a business client in the given industry; answers the created profile. */
    JsonNode business(String industry, String companyName, String description, String country, String location) {
        Map<String, Object> body = documentExample();
        body.put("industry", industry);
        body.put("company_name", companyName);
        body.put("company_description", description);
        body.put("country", country);
        body.put("location", location);
        JsonNode created = createdClient(newClientUser(), body);
        clock.advance(Duration.ofSeconds(1)); // distinct created_at
        return created;
    }

    JsonNode browse(String query) {
        Response response = send("GET", BROWSE + query, null, null);
        assertStatus(response, 200);
        return response.json();
    }

    static List<String> companies(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("results").values().forEach(item -> names.add(item.get("company_name").asString()));
        return names;
    }

    @Test
    void anyoneMayBrowseAndItemsHaveTheDocumentsShape() {
        String industry = "Ind" + unique();
        JsonNode created = business(industry, "TechStart Inc", "We build innovative software solutions", "India", "Bangalore");

        JsonNode page = browse("?industry=" + industry);

        assertThat(page.propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(page.get("count").asLong()).isOne();
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").isNull()).isTrue();
        JsonNode item = page.get("results").get(0);
        assertThat(item.propertyNames()).containsExactly("id", "name", "account_type", "company_name", "profile_picture",
                "company_description", "country", "location", "industry");
        assertThat(item).isEqualTo(json("""
                {'id': %d, 'name': 'Jane Smith', 'account_type': 'business', 'company_name': 'TechStart Inc',
                 'profile_picture': null, 'company_description': 'We build innovative software solutions',
                 'country': 'India', 'location': 'Bangalore', 'industry': '%s'}""".formatted(created.get("id").asLong(), industry)));
        assertStatus(send("GET", BROWSE.substring(0, BROWSE.length() - 1) + "?industry=" + industry, null, null), 200);
    }

    @Test
    void filtersIgnoreCase() {
        String industry = "Ind" + unique();
        business(industry, "Alpha", "first", "India", "Pune");
        business(industry, "Beta", "second", "India", "Mumbai");
        business(industry, "Gamma", "third", "Germany", "Pune");

        assertThat(companies(browse("?industry=" + industry.toUpperCase() + "&ordering=company_name")))
                .containsExactly("Alpha", "Beta", "Gamma");
        assertThat(companies(browse("?industry=" + industry + "&location=PUNE&ordering=company_name")))
                .containsExactly("Alpha", "Gamma");
        assertThat(companies(browse("?industry=" + industry + "&country=india&ordering=company_name")))
                .containsExactly("Alpha", "Beta");
        assertThat(companies(browse("?industry=" + industry + "&country=India&location=pune"))).containsExactly("Alpha");
        assertThat(browse("?industry=" + industry + "&location=Delhi").get("count").asLong()).isZero();
    }

    @Test
    void orderingByCreationOrCompanyNameAndUnknownOrderingIsIgnored() {
        String industry = "Ind" + unique();
        business(industry, "beta corp", "b", "India", "Pune");
        business(industry, "Alpha", "a", "India", "Pune");
        business(industry, "Gamma", "c", "India", "Pune");
        String filter = "?industry=" + industry;

        assertThat(companies(browse(filter + "&ordering=created_at"))).containsExactly("beta corp", "Alpha", "Gamma");
        assertThat(companies(browse(filter + "&ordering=-created_at"))).containsExactly("Gamma", "Alpha", "beta corp");
        assertThat(companies(browse(filter + "&ordering=company_name"))).containsExactly("Alpha", "beta corp", "Gamma");
        assertThat(companies(browse(filter + "&ordering=-company_name"))).containsExactly("Gamma", "beta corp", "Alpha");
        assertThat(companies(browse(filter))).as("newest first by default").containsExactly("Gamma", "Alpha", "beta corp");
        assertThat(companies(browse(filter + "&ordering=-rating"))).as("unknown: ignored").containsExactly("Gamma", "Alpha", "beta corp");
    }

    @Test
    void searchFindsNamesCompaniesDescriptionsAndIndustriesByWordsAndPartsOfWords() {
        String token = "zq" + unique().substring(0, 6);
        String industry = "Ind" + unique();
        business(industry, token + "Start Labs", "Software", "India", "Pune");
        business(industry, "Other Co", "We love " + token + " things", "India", "Pune");
        business(industry, "Unrelated", "Nothing to see", "India", "Pune");
        String filter = "?industry=" + industry + "&search=";

        assertThat(companies(browse(filter + token.toUpperCase()))).as("case-insensitive; company name ranks above description")
                .containsExactly(token + "Start Labs", "Other Co");
        assertThat(companies(browse(filter + token.substring(0, 5)))).as("beginning of a word")
                .containsExactlyInAnyOrder(token + "Start Labs", "Other Co");
        assertThat(companies(browse(filter + "start"))).as("inside a word").containsExactly(token + "Start Labs");
        assertThat(companies(browse(filter + "labs%20" + token))).as("several words, any order").containsExactly(token + "Start Labs");
        assertThat(companies(browse(filter + "jane"))).as("the person's name").hasSize(3);
        assertThat(companies(browse("?search=" + industry.toLowerCase()))).as("the industry").hasSize(3);
        assertThat(browse(filter + "nomatch" + unique()).get("count").asLong()).isZero();
        assertThat(browse(filter + "%25%27%22").get("count").asLong()).as("punctuation is harmless").isZero();
        for (String text : List.of("'", "\\", ":*", "a&b|c", "!(x)", "');drop table talent.client;--", "x".repeat(300))) {
            assertThat(browse(filter + URLEncoder.encode(text, StandardCharsets.UTF_8)).get("count").asLong()).as(text).isZero();
        }
    }

    @Test
    void pagesAreSixByDefaultWithAbsoluteLinks() {
        String industry = "Ind" + unique();
        for (int i = 0; i < 7; i++) {
            business(industry, "Company " + (char) ('A' + i), "d", "India", "Pune");
        }

        JsonNode first = browse("?industry=" + industry + "&ordering=company_name");
        assertThat(first.get("count").asLong()).isEqualTo(7);
        assertThat(first.get("results").size()).isEqualTo(6);
        assertThat(first.get("previous").isNull()).isTrue();
        String next = first.get("next").asString();
        assertThat(next).startsWith("http://").contains("/api/v1/profiles/clients/browse").contains("page=2")
                .contains("industry=" + industry);

        JsonNode second = browse("?industry=" + industry + "&ordering=company_name&page=2");
        assertThat(companies(second)).containsExactly("Company G");
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("previous").asString()).doesNotContain("page=");

        JsonNode small = browse("?industry=" + industry + "&ordering=company_name&page_size=3&page=3");
        assertThat(companies(small)).containsExactly("Company G");
        assertThat(browse("?industry=" + industry + "&page_size=1000").get("results").size()).isEqualTo(7);
    }

    @Test
    void aPageThatDoesNotExistIsInvalid() {
        String industry = "Ind" + unique();
        business(industry, "Only", "d", "India", "Pune");

        for (String page : new String[] {"2", "0", "-1", "abc"}) {
            assertAnswer(send("GET", BROWSE + "?industry=" + industry + "&page=" + page, null, null), 404,
                    "{'detail': 'Invalid page.'}");
        }
        assertThat(browse("?industry=" + industry + "&page=1").get("count").asLong()).isOne();
    }

    @Test
    void theDetailIsTheWholePublicProfile() {
        User owner = newClientUser();
        JsonNode created = createdClient(owner, documentExample());

        Response detail = send("GET", BROWSE + created.get("id").asLong() + "/", null, null);

        assertStatus(detail, 200);
        assertThat(detail.json()).isEqualTo(created);
        assertStatus(send("GET", BROWSE + created.get("id").asLong(), null, null), 200);
    }

    @Test
    void anUnknownDetailIsNotFound() {
        for (String id : new String[] {"999999999", "0", "abc", "-5"}) {
            assertAnswer(send("GET", BROWSE + id + "/", null, null), 404, "{'detail': 'Not found.'}");
        }
    }

    @Test
    void aBrowsePageTakesTheSameNumberOfStatementsWhateverItsSize() {
        String industry = "Ind" + unique();
        for (int i = 0; i < 8; i++) {
            business(industry, "Company " + i, "d", "India", "Pune");
        }
        browse("?industry=" + industry); // warm up

        int small = statements(() -> assertThat(browse("?industry=" + industry + "&page_size=6").get("results").size()).isEqualTo(6));
        int large = statements(() -> assertThat(browse("?industry=" + industry + "&page_size=50").get("results").size()).isEqualTo(8));
        int searched = statements(() -> browse("?industry=" + industry + "&page_size=50&search=company"));

        assertThat(small).as("page and count").isEqualTo(large).isEqualTo(2);
        assertThat(searched).as("and the known words containing the search words").isEqualTo(small + 1);
    }

    /** How many SQL statements the server's request threads executed while {@code action} ran. */
    private int statements(Runnable action) {
        SqlStatementCounter.Recording recording = sqlStatements.record();
        try {
            action.run();
            return recording.onServerThreads().size();
        } finally {
            recording.stop();
        }
    }
}
