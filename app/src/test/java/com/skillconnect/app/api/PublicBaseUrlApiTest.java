package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With {@code skillconnect.public-base-url} set, links in answers start with it, whatever {@code Host} or
 * forwarded headers the caller sent, and every endpoint is still served. This class needs its own
 * application context (the one setting differs), unlike the other API tests.
 */
@TestPropertySource(properties = "skillconnect.public-base-url=https://api.example.com/sc/")
class PublicBaseUrlApiTest extends FreelancerApiSupport {

    private static final String PUBLIC = "https://api.example.com/sc";

    @Test
    void paginationLinksUseThePublicBaseUrl() {
        String tag = "Base" + letters(8);
        for (int i = 0; i < 7; i++) {
            create(freelancer(), profile("Person", capitalized(letters(6)), tag, List.of("Go"), "One of seven profiles here", true));
        }

        Response first = api.get(BROWSE + "?location=" + tag).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http").send();

        assertStatus(first, 200);
        JsonNode page = first.json();
        assertThat(page.get("next").asString()).startsWith(PUBLIC + BROWSE + "?").contains("page=2").contains("location=" + tag);
        JsonNode second = fetch(BROWSE + "?location=" + tag + "&page=2", null).json();
        assertThat(second.get("previous").asString()).startsWith(PUBLIC + BROWSE + "?").doesNotContain("page=");
    }

    @Test
    void fileUrlsStartWithThePublicBaseUrl() {
        Caller john = freelancer();
        MultipartForm form = exampleForm().file("profile_picture", "me.png", "image/png", PNG);

        Response created = api.request("POST", SETUP).bearer(john.access()).from(client)
                .header("X-Forwarded-Host", "evil.example").multipart(form).send();

        assertStatus(created, 201);
        assertThat(created.json().get("profile_picture").asString())
                .matches(PUBLIC.replace(".", "\\.") + "/media/profiles/[0-9a-f-]{36}\\.png");
        assertThat(fetch(ME, john).json().get("profile_picture").asString()).startsWith(PUBLIC + "/media/profiles/");
    }

    @Test
    void protectedAndPublicEndpointsAreServedAsBefore() {
        Caller john = freelancer();
        create(john, example());

        assertStatus(fetch(ME, john), 200);
        assertAnswer(fetch(ME, null), 401, "{'detail': 'Authentication credentials were not provided.'}");
        assertAnswer(api.get("/no/such/page").send(), 404, "{'detail': 'Not found.'}");
    }
}
