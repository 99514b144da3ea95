package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code management.server.port} set, the operator's port serves health and Prometheus metrics of
 * the API's requests, without a token; the API port serves none of the actuator. Spring Security's own observations
 * are off (app.security.SecurityConfiguration): no {@code spring_security_*} metrics.
 */
class ManagementPortTest {

    @Test
    void prometheusMetricsAreServedOnTheManagementPortOnly() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test")
                .run("--server.port=0", "--management.server.port=0")) {
            HttpApi api = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
            HttpApi management = new HttpApi(context.getEnvironment().getRequiredProperty("local.management.port", Integer.class));
            Response refused = api.post("/api/v1/auth/users/login/", Map.of("email", "nobody@example.com", "password", "x")).send();
            assertThat(refused.status()).as("%s", refused).isIn(400, 401);

            Response scrape = management.get("/actuator/prometheus").header("Accept", "text/plain").send();
            assertThat(scrape.status()).as("%s", scrape).isEqualTo(200);
            assertThat(scrape.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(scrape.body())
                    .contains("http_server_requests_seconds_count{")
                    .contains("uri=\"/api/v1/auth/users/login")
                    .contains("jvm_memory_used_bytes")
                    .doesNotContain("spring_security_");
            Response health = management.get("/actuator/health").send();
            assertThat(health.status()).as("%s", health).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");

            for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health"}) {
                Response onTheApiPort = api.get(path).header("Accept", "*/*").send();
                assertThat(onTheApiPort.status()).as("%s", onTheApiPort).isEqualTo(404);
                assertThat(onTheApiPort.body()).doesNotContain("http_server_requests");
            }
        }
    }
}
