package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The embedded PostgreSQL after a hard kill of the application, and who may connect to it.
 *
 * <p>The application runs in a JVM of its own, started from the test class path, so that the test can
 * {@code kill -9} it ({@link Process#destroyForcibly()}); its server outlives it, as on an operator's
 * machine, and the next start on the same data directory must take over and find the data.
 */
class HardKillRecoveryTest {

    private static final String PASSWORD = "Str0ng!Passw0rd";

    @TempDir
    Path work;

    private Process application;

    @Test
    void aStartAfterAKillNineStopsTheLeftoverServerAndFindsTheData() throws Exception {
        Path dataDir = work.resolve("postgres");
        String email = "killed-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
        int port = freePort();
        Path log = work.resolve("application.log");
        application = startInItsOwnJvm(dataDir, port, log);
        HttpApi api = new HttpApi(port);
        await("the application in its own JVM answers (log: " + log + ")").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .failFast(() -> !application.isAlive())
                .until(() -> healthy(api));
        Response registered = api.post("/api/v1/auth/users/register/", Map.of("email", email, "password", PASSWORD, "role", "CLIENT")).send();
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        long serverPid = serverPid(dataDir).orElseThrow();

        application.destroyForcibly();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive))
                .as("the killed application's server is still running on the directory").isPresent();

        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)).as("the leftover server was stopped").isEmpty();
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select role from identity.user_account where email = ?", String.class, email))
                    .isEqualTo("CLIENT");
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show unix_socket_directories", String.class)).as("no Unix socket").isEmpty();
            assertOnlyThePasswordGetsIn(again.getBean(EmbeddedPostgres.class), work.resolve("postgres.password"));
        }
        assertThat(dataDir.resolve("postmaster.pid")).as("the server was stopped").doesNotExist();
        assertStructuredJson(log);
    }

    @Test
    void aDataDirectoryThatTrustedEveryLocalUserIsGivenAPasswordAndKeepsItsData() throws Exception {
        Path dataDir = work.resolve("legacy");
        // as the application made it before it had a password: every local connection trusted
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start()) {
            new JdbcTemplate(legacy.getPostgresDatabase()).execute("create table made_before (note text); insert into made_before values ('kept')");
        }

        try (ConfigurableApplicationContext context = start(dataDir)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select note from made_before", String.class)).isEqualTo("kept");
            assertOnlyThePasswordGetsIn(context.getBean(EmbeddedPostgres.class), work.resolve("legacy.password"));
        }
        // and the next start uses the password it kept
        try (ConfigurableApplicationContext context = start(dataDir)) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("select note from made_before", String.class)).isEqualTo("kept");
        }
    }

    private static void assertOnlyThePasswordGetsIn(EmbeddedPostgres server, Path passwordFile) throws Exception {
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readAllLines(passwordFile).getFirst();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String url = "jdbc:postgresql://" + host + ":" + server.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .as("no password, %s", host).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                    .as("the library's default password, %s", host).isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /** The child was started with JSON console logs: every line it wrote is one JSON object. */
    private static void assertStructuredJson(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = HttpApi.JSON.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
        }
        assertThat(lines).anyMatch(line -> line.contains("Started SkillConnectApplication"));
    }

    private Process startInItsOwnJvm(Path dataDir, int port, Path log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                SkillConnectApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--skillconnect.db.embedded.data-dir=" + dataDir,
                "--logging.structured.format.console=ecs");
        return new ProcessBuilder(command)
                .redirectOutput(log.toFile())
                .redirectError(work.resolve("application.err").toFile())
                .start();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test")
                .run("--server.port=0", "--skillconnect.db.embedded.data-dir=" + dataDir);
    }

    private static boolean healthy(HttpApi api) {
        try {
            return api.get("/actuator/health").send().status() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static Optional<Long> serverPid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())) : Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whatever happened, no application and no server of this test stays behind on the machine. */
    @AfterEach
    void stopEverythingStarted() throws IOException {
        if (application != null) {
            application.destroyForcibly();
        }
        for (String dir : List.of("postgres", "legacy")) {
            Optional<ProcessHandle> server = serverPid(work.resolve(dir)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
            server.ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }
}
