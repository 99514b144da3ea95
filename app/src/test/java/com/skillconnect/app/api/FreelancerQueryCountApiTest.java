package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.SqlStatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Browse, detail and me run a constant, small number of SQL statements, whatever the page size or the
 * length of a profile's lists (no N+1), counted on the server's request threads by {@link SqlStatementCounter}.
 */
class FreelancerQueryCountApiTest extends FreelancerApiSupport {

    @Test
    void browsingAPageCostsTheSameStatementsWhateverItsSize() {
        String tag = capitalized(letters(12));
        for (int i = 0; i < 14; i++) {
            Map<String, Object> body = profile("Person", capitalized(letters(6)), tag + "Goa",
                    List.of("Go", "Rust", capitalized(letters(7))), "One of fourteen profiles here", i % 2 == 0);
            create(freelancer(), body);
        }

        Counted six = counting(() -> fetch(BROWSE + "?location=" + tag + "Goa&page_size=6", null));
        Counted fifty = counting(() -> fetch(BROWSE + "?location=" + tag + "Goa&page_size=50", null));
        Counted searched = counting(() -> fetch(BROWSE + "?location=" + tag + "Goa&page_size=50&search=person&skills__name=rust&is_available=true", null));

        assertThat(six.response().json().get("results")).hasSize(6);
        assertThat(fifty.response().json().get("results")).hasSize(14);
        assertThat(searched.response().json().get("results")).hasSize(7);
        // the matches in order with their count, the page and its cards with their skills: one statement
        assertThat(six.statements()).as("%s", six.statements()).hasSize(1);
        assertThat(six.statements().get(0).sql()).contains("count(*)");
        assertThat(fifty.statements()).as("%s", fifty.statements()).hasSameSizeAs(six.statements());
        // to search: the known words the search words start or lie inside, the count, the ranked page and its cards
        assertThat(searched.statements()).as("%s", searched.statements()).hasSize(3);
    }

    @Test
    void aProfileCostsTheSameStatementsWhateverTheLengthOfItsLists() {
        JsonNode small = create(freelancer(), example());
        Caller big = freelancer();
        Map<String, Object> body = example();
        List<Map<String, Object>> educations = new ArrayList<>();
        List<Map<String, Object>> experiences = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            educations.add(Map.of("college", "College " + letters(4), "degree", "Degree", "start_year", 2000 + i, "end_year", 2001 + i));
            experiences.add(Map.of("role", "Role " + i, "company", "Company", "start_date", "201" + i + "-01-01"));
            skills.add("Skill " + letters(8));
        }
        body.put("educations_input", educations);
        body.put("experiences_input", experiences);
        body.put("skills_input", skills);
        JsonNode large = create(big, body);

        Counted smallDetail = counting(() -> fetch(BROWSE + small.get("id").asLong() + "/", null));
        Counted largeDetail = counting(() -> fetch(BROWSE + large.get("id").asLong() + "/", null));
        Counted me = counting(() -> fetch(ME, big));

        assertThat(largeDetail.response().json().get("educations_output")).hasSize(10);
        // the profile with its verification flag and title, its lists as JSON arrays: one statement
        assertThat(smallDetail.statements()).as("%s", smallDetail.statements()).hasSize(1);
        assertThat(largeDetail.statements()).as("%s", largeDetail.statements()).hasSameSizeAs(smallDetail.statements());
        assertThat(me.statements()).as("%s", me.statements()).hasSameSizeAs(largeDetail.statements());
        ObjectNode detailWithoutHeader = (ObjectNode) largeDetail.response().json().deepCopy();
        detailWithoutHeader.remove(List.of("name", "title", "rating", "review_count", "skills"));
        assertThat(me.response().json()).isEqualTo(detailWithoutHeader);
    }
}
