package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.SkillConnectApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A completed payment's effects survive a {@code kill -9} between the completion's commit and its listeners: the
 * contract is paid in the completion's own transaction, and the payment message's status (conversations) and the
 * freelancer's notification (billing asks, marketplace stores) are made by listeners that Spring Modulith's event
 * publication registry hands the event again at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>As {@link HardKillRecoveryTest}, the application runs in a JVM of its own ({@link PaymentCompletionChild}), on an
 * embedded PostgreSQL that outlives it. The child holds the tables the listeners need while it completes the payment,
 * so that the completion is committed and no listener has finished when the test kills it; the next start, in this
 * JVM on the same data directory, must finish their work.
 */
class PaymentCompletionKillNineTest {

    @TempDir
    Path work;

    private Process application;

    @Test
    void theListenersOfACompletedPaymentRunAfterAKillNineAndARestart() throws Exception {
        Path dataDir = work.resolve("postgres");
        Path log = work.resolve("application.log");
        application = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                PaymentCompletionChild.class.getName(),
                "--server.port=0",
                "--skillconnect.db.embedded.data-dir=" + dataDir))
                .redirectOutput(log.toFile())
                .redirectError(work.resolve("application.err").toFile())
                .start();
        String[] paid = await("the child completed the payment (log: " + log + ")").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .failFast(() -> !application.isAlive())
                .until(() -> paidLine(log), line -> line.isPresent()).orElseThrow().split(" ");
        long request = Long.parseLong(paid[1]);
        long contract = Long.parseLong(paid[2]);
        long order = Long.parseLong(paid[3]);
        long freelancer = Long.parseLong(paid[4]);
        assertThat(Long.parseLong(paid[5])).as("publications the held listeners did not complete").isGreaterThanOrEqualTo(2);
        assertThat(paid[6]).as("the payment message before the kill").isEqualTo("pending");
        assertThat(paid[7]).as("payment notifications before the kill").isEqualTo("0");

        application.destroyForcibly();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test").run("--server.port=0", "--skillconnect.db.embedded.data-dir=" + dataDir)) {
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select workflow_status from billing.contract where id = ?", String.class,
                    contract)).as("paid in the completion's transaction").isEqualTo("PAID");
            assertThat(jdbc.queryForObject("select status from billing.payment_request where id = ?", String.class,
                    request)).isEqualTo("COMPLETED");
            await("the payment message's status").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject("select payment_status from conversations.message where"
                            + " payment_request_id = ?", String.class, request), "completed"::equals);
            await("the freelancer's notification").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForList("select text from marketplace.notification where recipient_user_id = ?"
                            + " and order_id = ? and topic = ?", String.class, freelancer, order,
                            "payment_request:" + request), texts -> texts.size() == 1);
            assertThat(jdbc.queryForObject("select text from marketplace.notification where topic = ?", String.class,
                    "payment_request:" + request)).isEqualTo("Payment of ₹20,000.00 received from a client for contract #"
                            + contract + " ('Website').");
            await("every publication completed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                            Integer.class), count -> count == 0);
        }
    }

    private static Optional<String> paidLine(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("PAID ")).findFirst();
    }

    /** Whatever happened, no application and no server of this test stays behind on the machine. */
    @AfterEach
    void stopEverythingStarted() throws IOException {
        if (application != null) {
            application.destroyForcibly();
        }
        Path pidFile = work.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .ifPresent(process -> {
                    process.destroy();
                    process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }
}
