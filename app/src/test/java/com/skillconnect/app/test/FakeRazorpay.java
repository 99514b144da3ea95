package com.skillconnect.app.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Razorpay's Orders API for the whole test JVM (WireMock), with the keys and the webhook secret the app is
 * configured with ({@link ExternalServers}), and the signatures Razorpay would compute (hex HMAC-SHA256, written here
 * independently of the app's code). By default every order is opened with a new id and the amount asked for.
 */
public final class FakeRazorpay {

    public static final String KEY_ID = "rzp_test_SkillConnect01";
    public static final String KEY_SECRET = "test-razorpay-key-secret";
    public static final String WEBHOOK_SECRET = "test-razorpay-webhook-secret";
    public static final String ORDERS = "/v1/orders";
    /** The app's timeout towards Razorpay in the tests (skillconnect.razorpay.timeout). */
    public static final int TIMEOUT_MILLIS = 2_000;

    private static final FakeRazorpay SHARED = new FakeRazorpay();

    private final WireMockServer server;

    private FakeRazorpay() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-razorpay-stop"));
        opensOrders();
    }

    public static FakeRazorpay shared() {
        return SHARED;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The normal state: every order opened with a new id, for the amount asked for. */
    public void opensOrders() {
        answerOrders(created(), 0);
    }

    /** Orders are opened, but only after the delay. */
    public void opensOrdersAfter(int delayMillis) {
        answerOrders(created(), delayMillis);
    }

    /** The Orders API answers with this status and body. */
    public void failsOrders(int status, String jsonBody) {
        answerOrders(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(jsonBody), 0);
    }

    private void answerOrders(ResponseDefinitionBuilder answer, int delayMillis) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(delayMillis > 0 ? answer.withFixedDelay(delayMillis) : answer));
    }

    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id": "order_{{randomValue length=14 type='ALPHANUMERIC'}}", "entity": "order",
                 "amount": {{jsonPath request.body '$.amount'}}, "amount_paid": 0,
                 "amount_due": {{jsonPath request.body '$.amount'}}, "currency": "INR",
                 "receipt": "{{jsonPath request.body '$.receipt'}}", "status": "created", "attempts": 0,
                 "notes": {"payment_request_id": "{{jsonPath request.body '$.notes.payment_request_id'}}"},
                 "created_at": 1764662400}
                """).withTransformers("response-template");
    }

    /** The order requests the app sent since the last reset. */
    public List<LoggedRequest> orderRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(ORDERS)));
    }

    /** The checkout's signature of a payment of an order: hex HMAC-SHA256 of "order_id|payment_id" under the key secret. */
    public static String paymentSignature(String orderId, String paymentId) {
        return hmac((orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8), KEY_SECRET);
    }

    /** A webhook's signature: hex HMAC-SHA256 of the body's bytes under the webhook secret. */
    public static String webhookSignature(byte[] body) {
        return hmac(body, WEBHOOK_SECRET);
    }

    public static String hmac(byte[] payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
