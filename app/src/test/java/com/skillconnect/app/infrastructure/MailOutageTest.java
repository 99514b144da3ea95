package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An SMTP server that cannot be reached: registration answers 503 with a clear message and keeps nothing,
 * so that the user can simply try again (a code nobody received must not block the address).
 */
class MailOutageTest {

    @Test
    void registrationAnswers503AndStoresNothingWhenTheMailCannotBeSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + closedPort)) {
            HttpApi api = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());

            Response response = api.post("/api/v1/auth/users/register/",
                    Map.of("email", email, "password", "Str0ng!Passw0rd", "role", "CLIENT")).send();

            assertThat(response.status()).as("%s", response).isEqualTo(503);
            assertThat(response.json().propertyNames()).containsExactly("detail");
            assertThat(response.json().get("detail").asString()).isEqualTo("Could not send the email. Please try again later.");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from identity.user_account where email = ?", Integer.class, email))
                    .isZero();
        }
    }
}
