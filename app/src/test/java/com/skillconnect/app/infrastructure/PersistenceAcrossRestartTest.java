package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestMailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded PostgreSQL keeps its data in {@code skillconnect.db.embedded.data-dir}: an account made
 * before a restart logs in after it, and a refresh token issued before still refreshes.
 */
class PersistenceAcrossRestartTest {

    private static final String PASSWORD = "Str0ng!Passw0rd";
    private final TestMailServer mail = TestMailServer.shared();

    @TempDir
    Path dataDir;

    @Test
    void accountsSurviveARestartOfTheApplicationAndItsDatabase() {
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
        String refresh;
        long userId;

        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(EmbeddedPostgres.class)).isNotNull();
            HttpApi api = api(first);
            assertThat(api.post("/api/v1/auth/users/register/", Map.of("email", email, "password", PASSWORD, "role", "CLIENT"))
                    .send().status()).isEqualTo(201);
            Response verified = api.post("/api/v1/auth/users/verify-otp/", Map.of("email", email, "otp", mail.nextCode(email))).send();
            assertThat(verified.status()).as("%s", verified).isEqualTo(200);
            refresh = verified.json().get("refresh").asString();
            userId = verified.json().get("user").get("id").asLong();
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("postmaster.pid")).as("the server was stopped").doesNotExist();

        try (ConfigurableApplicationContext second = start()) {
            HttpApi api = api(second);
            Response login = api.post("/api/v1/auth/users/login/", Map.of("email", email, "password", PASSWORD)).send();
            assertThat(login.status()).as("%s", login).isEqualTo(200);
            assertThat(login.json().get("user").get("id").asLong()).isEqualTo(userId);
            assertThat(login.json().get("user").get("role").asString()).isEqualTo("CLIENT");
            Response refreshed = api.post("/api/v1/auth/token/refresh/", Map.of("refresh", refresh)).send();
            assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
            // registering the same address again is refused: the account is really there
            Response again = api.post("/api/v1/users/register/", Map.of("email", email, "password", PASSWORD, "role", "CLIENT")).send();
            assertThat(again.status()).isEqualTo(400);
        }
        assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isFalse();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test")
                // command-line arguments, as an operator passes them: they outrank the property files
                .run("--server.port=0",
                        "--skillconnect.db.embedded.data-dir=" + dataDir,
                        "--spring.mail.host=" + mail.host(),
                        "--spring.mail.port=" + mail.port());
    }

    private static HttpApi api(ConfigurableApplicationContext context) {
        return new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
