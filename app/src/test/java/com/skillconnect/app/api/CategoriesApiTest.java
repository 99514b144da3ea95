package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/core/categories/ and /{id}/: public, a plain array of the seeded {id, name, icon, description}. */
class CategoriesApiTest extends ApiTestSupport {

    private static final String CATEGORIES = "/api/v1/core/categories/";

    @Test
    void anyoneListsTheSeededCategoriesWithWebDevelopmentAsTwo() {
        Response response = get(CATEGORIES, null);

        assertStatus(response, 200);
        JsonNode categories = response.json();
        assertThat(categories.isArray()).isTrue();
        assertThat(categories.size()).isGreaterThanOrEqualTo(5);
        categories.values().forEach(category ->
                assertThat(category.propertyNames()).containsExactly("id", "name", "icon", "description"));
        assertThat(categories.get(1).get("id").asLong()).isEqualTo(2);
        assertThat(categories.get(1).get("name").asString()).isEqualTo("Web Development");
    }

    @Test
    void oneCategoryByItsId() {
        Response response = get(CATEGORIES + "2/", null);

        assertStatus(response, 200);
        assertThat(response.json().get("name").asString()).isEqualTo("Web Development");
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertAnswer(get(CATEGORIES + "999999/", null), 404, "{'detail': 'Not found.'}");
        assertStatus(get(CATEGORIES + "99999999999999999999/", null), 404);
    }
}
