package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.FakeRazorpay;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.LenientJson;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * A server without Razorpay's keys and webhook secret (a developer's machine): it starts, and the payment endpoints
 * say why they cannot serve (503) without calling anyone or changing anything; whom a request is hidden from still
 * gets 404 first. Its own application (the settings differ), so it does not extend the shared API test context; the
 * payment request is written straight into billing's tables.
 */
class RazorpayNotConfiguredApiTest {

    private static final long PAYER = 9_100_001;
    private static final long FREELANCER = 9_100_002;

    private static ConfigurableApplicationContext context;
    private static HttpApi api;
    private static JdbcTemplate jdbc;
    private static long request;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(SkillConnectApplication.class).profiles("test")
                .run("--server.port=0", "--skillconnect.razorpay.key-id=", "--skillconnect.razorpay.key-secret=",
                        "--skillconnect.razorpay.webhook-secret=",
                        "--skillconnect.razorpay.base-url=" + FakeRazorpay.shared().baseUrl());
        api = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
        jdbc = context.getBean(JdbcTemplate.class);
        long contract = jdbc.queryForObject("select nextval('billing.contract_id_seq')", Long.class);
        request = jdbc.queryForObject("select nextval('billing.payment_request_id_seq')", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into billing.contract (id, version, order_type, order_id, client_user_id, freelancer_user_id,
                    creator_user_id, amount, deadline, terms, milestones, status, workflow_status, created_at, updated_at)
                values (?, 1, 'SERVICE', 9100001, ?, ?, ?, 1000, ?, '', '', 'ACCEPTED', 'PLANNING', ?, ?)
                """, contract, PAYER, FREELANCER, FREELANCER, Date.valueOf(LocalDate.now().plusDays(30)), now, now);
        jdbc.update("""
                insert into billing.payment_request (id, version, contract_id, order_id, requested_by_user_id,
                    payer_user_id, amount, description, payment_method, status, created_at, updated_at)
                values (?, 1, ?, 9100001, ?, ?, 1000, 'All of it', 'RAZORPAY', 'PENDING', ?, ?)
                """, request, contract, FREELANCER, PAYER, now, now);
        FakeRazorpay.shared().opensOrders();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void openingAnOrderAnswers503AndCallsNobody() {
        Map<String, Object> before = row();

        Response answer = post(PAYER, "create-razorpay-order/", null);

        assertAnswer(answer, 503, "{'detail': 'Payments are not configured on this server.'}");
        assertThat(row()).isEqualTo(before);
        assertThat(FakeRazorpay.shared().orderRequests()).isEmpty();
        assertAnswer(post(FREELANCER, "create-razorpay-order/", null), 404, "{'detail': 'Not found.'}");
    }

    @Test
    void verifyingAPaymentAnswers503AndChangesNothing() {
        Map<String, Object> before = row();
        jdbc.update("update billing.payment_request set gateway_order_id = 'order_NotConfigured1', "
                + "gateway_order_amount = 115000 where id = ?", request);
        try {
            Response answer = post(PAYER, "verify-razorpay-payment/", Map.of("razorpay_order_id", "order_NotConfigured1",
                    "razorpay_payment_id", "pay_NotConfigured1", "razorpay_signature", "0".repeat(64)));

            assertAnswer(answer, 503, "{'detail': 'Payments are not configured on this server.'}");
            assertThat(jdbc.queryForObject("select status from billing.payment_request where id = ?", String.class,
                    request)).isEqualTo("PENDING");
        } finally {
            jdbc.update("update billing.payment_request set gateway_order_id = null, gateway_order_amount = null "
                    + "where id = ?", request);
        }
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void theWebhookAnswers503AndKeepsNothing() {
        byte[] body = "{\"event\": \"payment.captured\", \"payload\": {}}".getBytes(StandardCharsets.UTF_8);

        Response answer = api.request("POST", "/api/v1/messaging/payments/razorpay/webhook/")
                .header("X-Razorpay-Signature", FakeRazorpay.hmac(body, FakeRazorpay.WEBHOOK_SECRET))
                .header("X-Razorpay-Event-Id", "evt_NotConfigured1")
                .body("application/json", new String(body, StandardCharsets.UTF_8)).send();

        assertAnswer(answer, 503, "{'detail': 'Razorpay webhooks are not configured on this server.'}");
        assertThat(jdbc.queryForObject("select count(*) from billing.gateway_event", Integer.class)).isZero();
    }

    private static Map<String, Object> row() {
        return jdbc.queryForMap("select * from billing.payment_request where id = ?", request);
    }

    private static Response post(long user, String action, Object json) {
        HttpApi.Request post = api.request("POST", "/api/v1/messaging/payments/" + request + "/" + action)
                .bearer(token(user));
        return (json == null ? post : post.json(json)).send();
    }

    private static String token(long user) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(user)).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1))).claim("token_type", "access").claim("user_id", user)
                .claim("email", "u" + user + "@example.com").claim("role", "CLIENT").build();
        return context.getBean(JwtEncoder.class).encode(JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims)).getTokenValue();
    }

    private static void assertAnswer(Response response, int status, String expectedJson) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json()).as("%s", response).isEqualTo(LenientJson.read(expectedJson));
    }
}
