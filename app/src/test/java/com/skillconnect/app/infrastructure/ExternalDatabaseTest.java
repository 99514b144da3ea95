package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code spring.datasource.url} set, the application starts no PostgreSQL of its own and uses the
 * named server: here a separate PostgreSQL this test starts to play the operator's external database.
 */
class ExternalDatabaseTest {

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOne() throws IOException {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            JdbcTemplate externalDb = new JdbcTemplate(external.getPostgresDatabase());
            String email = "external-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";

            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres")) {

                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                DataSource dataSource = context.getBean(DataSource.class);
                assertThat(dataSource).isInstanceOf(HikariDataSource.class);
                assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
                // Liquibase migrated the external server
                assertThat(externalDb.queryForObject(
                        "select count(*) from information_schema.tables where table_schema = 'identity' and table_name = 'user_account'",
                        Integer.class)).isEqualTo(1);

                // what the application stores lands in the external server (no SMTP here: the code goes to the log)
                HttpApi api = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
                Response registered = api.post("/api/v1/users/register/",
                        Map.of("email", email, "password", "Str0ng!Passw0rd", "role", "FREELANCER")).send();
                assertThat(registered.status()).as("%s", registered).isEqualTo(201);
                assertThat(externalDb.queryForObject("select role from identity.user_account where email = ?", String.class, email))
                        .isEqualTo("FREELANCER");
            }
            // the application does not stop a server it did not start
            assertThat(externalDb.queryForObject("select 1", Integer.class)).isEqualTo(1);
        }
    }
}
