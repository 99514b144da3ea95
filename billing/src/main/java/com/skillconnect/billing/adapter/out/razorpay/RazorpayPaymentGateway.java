package com.skillconnect.billing.adapter.out.razorpay;

import com.skillconnect.billing.domain.PaymentGateway;
import com.skillconnect.billing.domain.PaymentGatewayFailed;
import com.skillconnect.billing.domain.PaymentGatewayFailed.Reason;
import com.skillconnect.billing.domain.PaymentGatewayNotConfigured;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Razorpay through its Orders API ({@code POST {base-url}/v1/orders}, basic auth with the key id and secret) called
 * with Spring's {@link RestClient}, not razorpay-java, whose host is a constant (STACK.md): the base URL is a setting
 * tests point at WireMock. Connect and read time out after {@code skillconnect.razorpay.timeout}. Signatures are
 * checked here, in constant time ({@link HmacSignatures}), and webhook bodies read (Razorpay's event shape:
 * {@code {"event", "payload": {"payment": {"entity": {"id", "order_id"}}, "order": {"entity": {"id"}}}}}). Nothing here logs a key secret, a webhook secret or a
 * signature.
 */
@Component
class RazorpayPaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(RazorpayPaymentGateway.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final int MAX_DESCRIPTION = 200;
    private static final JsonMapper WEBHOOKS = JsonMapper.builder().build();

    private final RazorpayProperties properties;
    private final RestClient client;

    RazorpayPaymentGateway(RazorpayProperties properties) {
        this.properties = properties;
        this.client = properties.keysConfigured() ? client(properties) : null;
    }

    @Override
    public GatewayOrder createOrder(OrderRequest request) {
        if (client == null) {
            throw keysMissing();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", request.amountInPaise());
        body.put("currency", request.currency());
        body.put("receipt", request.receipt());
        body.put("notes", request.notes());
        Map<String, Object> order;
        try {
            order = client.post().uri("/v1/orders").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(JSON_OBJECT);
        } catch (RestClientResponseException answered) {
            throw answeredWithError(request, answered);
        } catch (ResourceAccessException unreachable) {
            boolean timedOut = timedOut(unreachable);
            log.warn("Razorpay order for payment request {} failed: {}", request.paymentRequestId(),
                    timedOut ? "timed out" : "unreachable");
            throw timedOut
                    ? new PaymentGatewayFailed(Reason.TIMED_OUT, 0, "Razorpay did not answer in time.", unreachable)
                    : new PaymentGatewayFailed(Reason.FAILED, 0, "Razorpay could not be reached.", unreachable);
        } catch (RestClientException unreadable) {
            log.warn("Razorpay order for payment request {} failed: unreadable answer", request.paymentRequestId());
            throw new PaymentGatewayFailed(Reason.FAILED, 0, "Razorpay answered something unreadable.", unreadable);
        }
        return order(request, order);
    }

    @Override
    public boolean paymentSignatureValid(String orderId, String paymentId, String signature) {
        if (!properties.keysConfigured()) {
            throw keysMissing();
        }
        if (orderId == null || paymentId == null) {
            return false;
        }
        byte[] payload = (orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8);
        return HmacSignatures.valid(payload, signature, properties.keySecret());
    }

    @Override
    public boolean webhookSignatureValid(byte[] rawBody, String signature) {
        if (!properties.webhookConfigured()) {
            throw new PaymentGatewayNotConfigured("Razorpay webhooks are not configured on this server.");
        }
        if (rawBody == null) {
            return false;
        }
        return HmacSignatures.valid(rawBody, signature, properties.webhookSecret());
    }

    @Override
    public WebhookEvent readWebhook(byte[] rawBody) {
        JsonNode event;
        try {
            event = WEBHOOKS.readTree(rawBody);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("A webhook body that is not JSON", unreadable);
        }
        String type = event == null || !event.isObject() ? null : text(event.path("event"));
        if (type == null) {
            throw new IllegalArgumentException("A webhook body without an event");
        }
        JsonNode payload = event.path("payload");
        JsonNode payment = payload.path("payment").path("entity");
        JsonNode order = payload.path("order").path("entity");
        String orderId = text(payment.path("order_id"));
        return new WebhookEvent(type, orderId != null ? orderId : text(order.path("id")), text(payment.path("id")));
    }

    /** A non-blank JSON string, or null. */
    private static String text(JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    @Override
    public String publicKeyId() {
        if (!properties.keysConfigured()) {
            throw keysMissing();
        }
        return properties.keyId();
    }

    @Override
    public BigDecimal processingFee() {
        return properties.processingFee();
    }

    private static RestClient client(RazorpayProperties properties) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.timeout());
        String baseUrl = properties.baseUrl().endsWith("/")
                ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1) : properties.baseUrl();
        return RestClient.builder().requestFactory(requests).baseUrl(baseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(properties.keyId(), properties.keySecret(), StandardCharsets.UTF_8))
                .defaultHeaders(headers -> headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON)))
                .build();
    }

    private static PaymentGatewayNotConfigured keysMissing() {
        return new PaymentGatewayNotConfigured("Payments are not configured on this server.");
    }

    private static PaymentGatewayFailed answeredWithError(OrderRequest request, RestClientResponseException answered) {
        int status = answered.getStatusCode().value();
        String description = description(answered);
        log.warn("Razorpay order for payment request {} failed: HTTP {}{}", request.paymentRequestId(), status,
                description == null ? "" : " (" + description + ")");
        if (answered.getStatusCode().is4xxClientError()) {
            return new PaymentGatewayFailed(Reason.REFUSED, status, "Razorpay refused the order (HTTP " + status + ")"
                    + (description == null ? "." : ": " + description), answered);
        }
        return new PaymentGatewayFailed(Reason.FAILED, status, "Razorpay failed (HTTP " + status + ").", answered);
    }

    /** Razorpay's {@code error.description}, shortened, or null. */
    private static String description(RestClientResponseException answered) {
        try {
            Map<String, Object> body = answered.getResponseBodyAs(JSON_OBJECT);
            if (body != null && body.get("error") instanceof Map<?, ?> error && error.get("description") instanceof String text
                    && !text.isBlank()) {
                return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION) + "…";
            }
        } catch (RuntimeException notJson) {
            // an HTML error page or nothing: the status says enough
        }
        return null;
    }

    private static GatewayOrder order(OrderRequest request, Map<String, Object> order) {
        if (order == null || !(order.get("id") instanceof String id) || id.isBlank()
                || !(order.get("amount") instanceof Number amount)) {
            log.warn("Razorpay order for payment request {} failed: an answer without id or amount",
                    request.paymentRequestId());
            throw new PaymentGatewayFailed(Reason.FAILED, 0, "Razorpay answered without an order.", null);
        }
        String currency = order.get("currency") instanceof String text ? text : request.currency();
        String status = order.get("status") instanceof String text ? text : "created";
        return new GatewayOrder(id, amount.longValue(), currency, status);
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
