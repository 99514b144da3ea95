package com.skillconnect.billing.adapter.out.razorpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.skillconnect.billing.domain.PaymentGateway.GatewayOrder;
import com.skillconnect.billing.domain.PaymentGateway.OrderRequest;
import com.skillconnect.billing.domain.PaymentGatewayFailed;
import com.skillconnect.billing.domain.PaymentGatewayFailed.Reason;
import com.skillconnect.billing.domain.PaymentGatewayNotConfigured;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Razorpay adapter without Spring, against a WireMock Razorpay: what it sends to the Orders API, how it tells a
 * refusal, a failure and a timeout apart, and that it calls nothing without keys.
 */
class RazorpayPaymentGatewayTest {

    static final String KEY_ID = "rzp_test_1DP5mmOlF5G5ag";
    static final String KEY_SECRET = "test_key_secret";
    static final String WEBHOOK_SECRET = "webhook_secret";
    static final String CREATED = """
            {"id": "order_IluGWxBm9U8zJ8", "entity": "order", "amount": 115000, "amount_paid": 0, "amount_due": 115000,
             "currency": "INR", "receipt": "payment_request_42", "offer_id": null, "status": "created", "attempts": 0,
             "notes": {"payment_request_id": "42"}, "created_at": 1639000000}
            """;

    static WireMockServer razorpay;

    @BeforeAll
    static void start() {
        razorpay = new WireMockServer(options().dynamicPort());
        razorpay.start();
        // the first call of a JVM loads the HTTP client, Jackson and WireMock's handlers: not what the timing tests measure
        razorpay.stubFor(post("/v1/orders").willReturn(okJson(CREATED)));
        gateway(Duration.ofSeconds(30)).createOrder(OrderRequest.inRupees(42, 115000));
    }

    @AfterAll
    static void stop() {
        razorpay.stop();
    }

    @BeforeEach
    void reset() {
        razorpay.resetAll();
    }

    @Test
    void createsAnOrderWithBasicAuthOurAmountInPaiseAndAReceiptNamingOurRequest() {
        razorpay.stubFor(post("/v1/orders").willReturn(okJson(CREATED)));

        GatewayOrder order = gateway(Duration.ofSeconds(2)).createOrder(OrderRequest.inRupees(42, 115000));

        assertThat(order).isEqualTo(new GatewayOrder("order_IluGWxBm9U8zJ8", 115000, "INR", "created"));
        String basic = "Basic " + Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        razorpay.verify(1, postRequestedFor(urlEqualTo("/v1/orders"))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"amount": 115000, "currency": "INR", "receipt": "payment_request_42",
                         "notes": {"payment_request_id": "42"}}
                        """)));
    }

    @Test
    void aBaseUrlWithATrailingSlashStillReachesV1Orders() {
        razorpay.stubFor(post("/v1/orders").willReturn(okJson(CREATED)));
        RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(new RazorpayProperties(KEY_ID, KEY_SECRET, null,
                razorpay.baseUrl() + "/", Duration.ofSeconds(2), new BigDecimal("150.00")));

        assertThat(gateway.createOrder(OrderRequest.inRupees(42, 115000)).id()).isEqualTo("order_IluGWxBm9U8zJ8");
    }

    @Test
    void aRefusalIsRefusedWithRazorpaysDescriptionAndNoSecret() {
        razorpay.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"code": "BAD_REQUEST_ERROR", "description": "The amount must be atleast INR 1.00",
                         "source": "business", "step": "payment_initiation", "reason": "input_validation_failed"}}
                        """)));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).createOrder(OrderRequest.inRupees(42, 50)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(failed.gatewayStatus()).isEqualTo(400);
                    assertThat(failed.getMessage()).isEqualTo("Razorpay refused the order (HTTP 400): The amount must be atleast INR 1.00")
                            .doesNotContain(KEY_SECRET);
                });
    }

    @Test
    void wrongKeysAreARefusalToo() {
        razorpay.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).createOrder(OrderRequest.inRupees(42, 115000)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(failed.gatewayStatus()).isEqualTo(401);
                    assertThat(failed.getMessage()).isEqualTo("Razorpay refused the order (HTTP 401).");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503 })
    void aServerErrorIsAFailure(int status) {
        razorpay.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(status).withBody("<html>oops</html>")));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).createOrder(OrderRequest.inRupees(42, 115000)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(Reason.FAILED);
                    assertThat(failed.gatewayStatus()).isEqualTo(status);
                    assertThat(failed.getMessage()).isEqualTo("Razorpay failed (HTTP " + status + ").");
                });
    }

    @Test
    void anAnswerWithoutAnOrderIsAFailure() {
        razorpay.stubFor(post("/v1/orders").willReturn(okJson("{\"entity\": \"order\"}")));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).createOrder(OrderRequest.inRupees(42, 115000)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> assertThat(failed.reason()).isEqualTo(Reason.FAILED));
    }

    @Test
    void aSlowRazorpayThatAnswersWithinTheTimeoutIsWaitedFor() {
        // a second late, well within the default timeout
        razorpay.stubFor(post("/v1/orders").willReturn(okJson(CREATED).withFixedDelay(1_000)));

        assertThat(gateway(Duration.ofSeconds(10)).createOrder(OrderRequest.inRupees(42, 115000)).id())
                .isEqualTo("order_IluGWxBm9U8zJ8");
    }

    @Test
    void aRazorpayThatDoesNotAnswerInTimeTimesOutAfterTheTimeout() {
        razorpay.stubFor(post("/v1/orders").willReturn(okJson(CREATED).withFixedDelay(5_000)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> gateway(Duration.ofMillis(500)).createOrder(OrderRequest.inRupees(42, 115000)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(Reason.TIMED_OUT);
                    assertThat(failed.gatewayStatus()).isZero();
                    assertThat(failed.getMessage()).isEqualTo("Razorpay did not answer in time.");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofMillis(4_000));
    }

    @Test
    void anUnreachableRazorpayIsAFailureNotATimeout() {
        RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(new RazorpayProperties(KEY_ID, KEY_SECRET, null,
                "http://127.0.0.1:9", Duration.ofSeconds(2), new BigDecimal("150.00")));

        assertThatThrownBy(() -> gateway.createOrder(OrderRequest.inRupees(42, 115000)))
                .isInstanceOfSatisfying(PaymentGatewayFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(Reason.FAILED);
                    assertThat(failed.getMessage()).isEqualTo("Razorpay could not be reached.");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutKeysNothingIsCalledAndPaymentsAreNotConfigured(String missing) {
        RazorpayPaymentGateway noSecret = new RazorpayPaymentGateway(new RazorpayProperties(KEY_ID, missing, WEBHOOK_SECRET,
                razorpay.baseUrl(), Duration.ofSeconds(2), new BigDecimal("150.00")));
        RazorpayPaymentGateway noKeyId = new RazorpayPaymentGateway(new RazorpayProperties(missing, KEY_SECRET, WEBHOOK_SECRET,
                razorpay.baseUrl(), Duration.ofSeconds(2), new BigDecimal("150.00")));

        for (RazorpayPaymentGateway gateway : new RazorpayPaymentGateway[] { noSecret, noKeyId }) {
            assertThatThrownBy(() -> gateway.createOrder(OrderRequest.inRupees(42, 115000)))
                    .isInstanceOf(PaymentGatewayNotConfigured.class)
                    .hasMessage("Payments are not configured on this server.");
            assertThatThrownBy(gateway::publicKeyId).isInstanceOf(PaymentGatewayNotConfigured.class);
            assertThatThrownBy(() -> gateway.paymentSignatureValid("order_1", "pay_1", "00"))
                    .isInstanceOf(PaymentGatewayNotConfigured.class);
        }
        assertThat(razorpay.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutAWebhookSecretWebhooksAreNotConfigured(String missing) {
        RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(new RazorpayProperties(KEY_ID, KEY_SECRET, missing,
                razorpay.baseUrl(), Duration.ofSeconds(2), new BigDecimal("150.00")));

        assertThatThrownBy(() -> gateway.webhookSignatureValid("{}".getBytes(StandardCharsets.UTF_8), "00"))
                .isInstanceOf(PaymentGatewayNotConfigured.class)
                .hasMessage("Razorpay webhooks are not configured on this server.");
    }

    @Test
    void itTellsThePublicKeyIdAndTheFeeAndItsSettingsShowNoSecret() {
        RazorpayProperties properties = new RazorpayProperties(KEY_ID, KEY_SECRET, WEBHOOK_SECRET, razorpay.baseUrl(),
                Duration.ofSeconds(2), new BigDecimal("150.00"));
        RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(properties);

        assertThat(gateway.publicKeyId()).isEqualTo(KEY_ID);
        assertThat(gateway.processingFee()).isEqualByComparingTo("150");
        assertThat(properties.toString()).contains(KEY_ID).doesNotContain(KEY_SECRET).doesNotContain(WEBHOOK_SECRET);
    }

    private static RazorpayPaymentGateway gateway(Duration timeout) {
        return new RazorpayPaymentGateway(new RazorpayProperties(KEY_ID, KEY_SECRET, WEBHOOK_SECRET, razorpay.baseUrl(),
                timeout, new BigDecimal("150.00")));
    }
}
