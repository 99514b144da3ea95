package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Headers fit for a JSON API, files served safely, and links that keep the caller's form of the path. */
class ResponseHeadersApiTest extends FreelancerApiSupport {

    @Test
    void everyApiAnswerForbidsScriptsAndReferrers() {
        for (Response answer : List.of(api.get("/api/v1/auth/users/profile/").send(), api.get("/actuator/health").send(),
                fetch(BROWSE, null), api.get("/no/such/page").send())) {
            assertThat(answer.header("Content-Security-Policy")).as("%s", answer)
                    .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'").contains("frame-ancestors 'none'"));
            assertThat(answer.header("Referrer-Policy")).as("%s", answer).hasValue("no-referrer");
        }
    }

    @Test
    void swaggerUiGetsAPolicyItCanLiveWith() {
        Response page = api.get("/swagger-ui/index.html").header("Accept", "text/html").send();
        assertStatus(page, 200);
        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").contains("connect-src 'self'").contains("img-src 'self' data:")
                .doesNotContain("'unsafe-eval'");

        // the policy allows no inline script: every script of the page and its initializer comes from a file
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=");
            assertThat(scripts.group(2)).isBlank();
        }
        assertThat(count).isPositive();
        assertStatus(api.get("/swagger-ui/swagger-initializer.js").header("Accept", "*/*").send(), 200);
    }

    @Test
    void mediaThatIsNotAnImageIsADownload() throws IOException {
        String folder = "headers-" + UUID.randomUUID();
        Path root = Path.of(storageRoot).resolve(folder);
        Files.createDirectories(root);
        Files.write(root.resolve("certificate.pdf"), PDF);
        Files.write(root.resolve("page.html"), "<script>alert(1)</script>".getBytes());
        Files.write(root.resolve("picture.png"), PNG);
        Files.write(root.resolve("drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());

        for (String file : List.of("certificate.pdf", "page.html", "drawing.svg")) {
            Response download = api.get("/media/" + folder + "/" + file).header("Accept", "*/*").send();
            assertStatus(download, 200);
            assertThat(download.header("Content-Disposition")).as(file).hasValue("attachment");
            assertThat(download.header("Content-Security-Policy")).as(file).hasValueSatisfying(p -> assertThat(p).contains("sandbox"));
        }
        Response picture = api.get("/media/" + folder + "/picture.png").header("Accept", "*/*").send();
        assertStatus(picture, 200);
        assertThat(picture.header("Content-Disposition")).isEmpty();
    }

    @Test
    void paginationLinksKeepTheTrailingSlash() {
        String tag = "Slash" + letters(8);
        for (int i = 0; i < 7; i++) {
            create(freelancer(), profile("Person", capitalized(letters(6)), tag, List.of("Go"), "One of seven profiles here", true));
        }

        JsonNode first = fetch(BROWSE + "?location=" + tag, null).json();
        String next = first.get("next").asString();
        assertThat(next).startsWith(api.baseUrl() + BROWSE + "?").contains("page=2");

        JsonNode second = fetch(next.substring(api.baseUrl().length()), null).json();
        assertThat(second.get("previous").asString()).startsWith(api.baseUrl() + BROWSE + "?").doesNotContain("page=");

        JsonNode withoutSlash = fetch(BROWSE.substring(0, BROWSE.length() - 1) + "?location=" + tag, null).json();
        assertThat(withoutSlash.get("next").asString()).startsWith(api.baseUrl() + BROWSE.substring(0, BROWSE.length() - 1) + "?");
    }
}
