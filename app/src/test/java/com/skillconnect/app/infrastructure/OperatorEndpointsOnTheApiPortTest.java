package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.api.ApiTestSupport;
import com.skillconnect.app.api.UsersApiPath;
import com.skillconnect.app.test.HttpApi.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With no {@code management.server.port} (the tests' shared context), the API port serves health and no
 * metrics: not to the public, not to a signed-in user either.
 */
class OperatorEndpointsOnTheApiPortTest extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/http.server.requests", "/actuator/env"})
    void metricsAreNotServedOnTheApiPort(String path) {
        String access = activeUser(new UsersApiPath(UsersApiPath.DOCUMENTED, true), "CLIENT").get("access").asString();

        // any content type will do: a scraper's Accept must not be what keeps the metrics in
        Response anonymous = api.get(path).header("Accept", "*/*").send();
        Response signedIn = api.get(path).header("Accept", "*/*").bearer(access).send();

        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(404);
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(404);
        assertThat(signedIn.body()).doesNotContain("http_server_requests").doesNotContain("jvm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthStaysOnTheApiPort(String path) {
        Response health = api.get(path).send();

        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
