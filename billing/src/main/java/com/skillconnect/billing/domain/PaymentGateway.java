package com.skillconnect.billing.domain;

import java.util.Map;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The payment gateway (Razorpay): opens an order the client pays in the gateway's checkout, and checks the
 * signatures that vouch for a payment (the checkout's callback) and for a webhook event. A payment counts only once
 * its signature is valid for <em>our</em> order id (ADR 30); nothing the browser reports is trusted without it.
 */
@SecondaryPort
public interface PaymentGateway {

    /**
     * Opens an order at the gateway.
     *
     * @throws PaymentGatewayNotConfigured when the API keys are not set (the API answers 503)
     * @throws PaymentGatewayFailed        when the gateway refuses, fails, or does not answer in time (502)
     */
    GatewayOrder createOrder(OrderRequest request);

    /**
     * Whether {@code signature} is the gateway's signature of {@code orderId|paymentId}, i.e. the payment was made
     * for that order. Pass the order id we stored, never one the client reports.
     *
     * @throws PaymentGatewayNotConfigured when the API keys are not set
     */
    boolean paymentSignatureValid(String orderId, String paymentId, String signature);

    /**
     * Whether {@code signature} (the {@code X-Razorpay-Signature} header) signs exactly these bytes of a webhook's
     * body, as received (before any parsing).
     *
     * @throws PaymentGatewayNotConfigured when the webhook secret is not set
     */
    boolean webhookSignatureValid(byte[] rawBody, String signature);

    /**
     * Reads a webhook's body (after {@link #webhookSignatureValid} accepted it): the event's type and the gateway order
     * and payment it is about.
     *
     * @throws IllegalArgumentException the body is not such an event
     */
    WebhookEvent readWebhook(byte[] rawBody);

    /**
     * The public key id the checkout needs.
     *
     * @throws PaymentGatewayNotConfigured when the API keys are not set
     */
    String publicKeyId();

    /** The fee in rupees added to every order ({@code skillconnect.razorpay.processing-fee}); see {@link GatewayCharge}. */
    java.math.BigDecimal processingFee();

    /**
     * An order to open.
     *
     * @param paymentRequestId our payment request, named by the receipt and the notes
     * @param amountInPaise    what the client pays, in paise (see {@link GatewayCharge})
     * @param currency         ISO code, {@code INR}
     */
    record OrderRequest(long paymentRequestId, long amountInPaise, String currency) {

        public static final String INR = "INR";

        public OrderRequest {
            if (paymentRequestId <= 0) {
                throw new IllegalArgumentException("A payment request id is positive");
            }
            if (amountInPaise <= 0) {
                throw new IllegalArgumentException("An order's amount is positive");
            }
            Objects.requireNonNull(currency);
        }

        public static OrderRequest inRupees(long paymentRequestId, long amountInPaise) {
            return new OrderRequest(paymentRequestId, amountInPaise, INR);
        }

        /** The receipt the gateway keeps with the order (at most 40 characters at Razorpay). */
        public String receipt() {
            return "payment_request_" + paymentRequestId;
        }

        /** The notes the gateway keeps with the order (and repeats in its webhooks). */
        public Map<String, String> notes() {
            return Map.of("payment_request_id", Long.toString(paymentRequestId));
        }
    }

    /**
     * What a webhook tells.
     *
     * @param type      the gateway's event name ({@code payment.captured}, {@code order.paid}, {@code payment.failed} …)
     * @param orderId   the gateway order it is about, or null
     * @param paymentId the gateway payment it is about, or null
     */
    record WebhookEvent(String type, String orderId, String paymentId) {

        public static final String PAYMENT_CAPTURED = "payment.captured";
        public static final String ORDER_PAID = "order.paid";
        public static final String PAYMENT_FAILED = "payment.failed";

        public WebhookEvent {
            Objects.requireNonNull(type);
        }

        /** The payment went through (captured, or its order paid). */
        public boolean paid() {
            return PAYMENT_CAPTURED.equals(type) || ORDER_PAID.equals(type);
        }

        public boolean failed() {
            return PAYMENT_FAILED.equals(type);
        }
    }

    /**
     * An order the gateway opened.
     *
     * @param id            the gateway's order id ({@code order_...}), the key a payment's signature is checked with
     * @param amountInPaise the amount the gateway will charge
     * @param status        the gateway's status of the order ({@code created} for a new one)
     */
    record GatewayOrder(String id, long amountInPaise, String currency, String status) {

        public GatewayOrder {
            Objects.requireNonNull(id);
            Objects.requireNonNull(currency);
            Objects.requireNonNull(status);
        }
    }
}
