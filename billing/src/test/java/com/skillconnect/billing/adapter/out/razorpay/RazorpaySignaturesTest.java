package com.skillconnect.billing.adapter.out.razorpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Payment and webhook signatures. The expected signatures were computed outside Java
 * ({@code printf '<payload>' | openssl dgst -sha256 -hmac '<secret>'}), so the test does not check the code against
 * itself.
 */
class RazorpaySignaturesTest {

    static final String ORDER = "order_IluGWxBm9U8zJ8";
    static final String PAYMENT = "pay_IH4NVgf4Dreq1l";
    static final String PAYMENT_SIGNATURE = "34e54fc403561b4f9bd4df51fe30b7c8f9d614d823e82a8e4389a8669f5af0b2";
    static final String WEBHOOK_BODY = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
            + "{\"id\":\"pay_IH4NVgf4Dreq1l\",\"order_id\":\"order_IluGWxBm9U8zJ8\",\"amount\":115000}}}}";
    static final String WEBHOOK_SIGNATURE = "46a44dad530e626a42fe75b1c7930a3580ea5288e74763233f47a4bd4316331d";

    private final RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(new RazorpayProperties(
            "rzp_test_1DP5mmOlF5G5ag", "test_key_secret", "webhook_secret", "http://127.0.0.1:9", Duration.ofSeconds(1),
            new BigDecimal("150.00")));

    @Test
    void aPaymentSignedWithOurKeySecretForOurOrderIsValid() {
        assertThat(gateway.paymentSignatureValid(ORDER, PAYMENT, PAYMENT_SIGNATURE)).isTrue();
        assertThat(gateway.paymentSignatureValid(ORDER, PAYMENT, PAYMENT_SIGNATURE.toUpperCase())).isTrue();
    }

    @Test
    void aPaymentSignatureForAnotherOrderOrPaymentIsNot() {
        assertThat(gateway.paymentSignatureValid("order_IluGWxBm9U8zJ9", PAYMENT, PAYMENT_SIGNATURE)).isFalse();
        assertThat(gateway.paymentSignatureValid(ORDER, "pay_IH4NVgf4Dreq1m", PAYMENT_SIGNATURE)).isFalse();
        assertThat(gateway.paymentSignatureValid(PAYMENT, ORDER, PAYMENT_SIGNATURE)).isFalse();
        assertThat(gateway.paymentSignatureValid(null, PAYMENT, PAYMENT_SIGNATURE)).isFalse();
    }

    @Test
    void aPaymentSignatureUnderAnotherSecretIsForged() {
        RazorpayPaymentGateway otherKeys = new RazorpayPaymentGateway(new RazorpayProperties("rzp_test_1DP5mmOlF5G5ag",
                "another_secret", "webhook_secret", "http://127.0.0.1:9", Duration.ofSeconds(1), BigDecimal.ZERO));

        assertThat(otherKeys.paymentSignatureValid(ORDER, PAYMENT, PAYMENT_SIGNATURE)).isFalse();
        // the webhook secret signs webhooks, not payments
        assertThat(gateway.paymentSignatureValid(ORDER, PAYMENT, HmacSignatures.sign(
                (ORDER + "|" + PAYMENT).getBytes(StandardCharsets.UTF_8), "webhook_secret"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "34e54fc403561b4f9bd4df51fe30b7c8f9d614d823e82a8e4389a8669f5af0b3", // last digit changed
            "34e54fc403561b4f9bd4df51fe30b7c8f9d614d823e82a8e4389a8669f5af0b", // one digit short
            "34e54fc403561b4f9bd4df51fe30b7c8f9d614d823e82a8e4389a8669f5af0b200", "not a signature" })
    void aForgedPaymentSignatureIsNot(String signature) {
        assertThat(gateway.paymentSignatureValid(ORDER, PAYMENT, signature)).isFalse();
    }

    @Test
    void aWebhookBodySignedWithTheWebhookSecretIsValid() {
        assertThat(gateway.webhookSignatureValid(WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8), WEBHOOK_SIGNATURE)).isTrue();
    }

    @Test
    void aTamperedWebhookBodyIsNot() {
        byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);
        byte[] moreMoney = WEBHOOK_BODY.replace("115000", "915000").getBytes(StandardCharsets.UTF_8);
        byte[] reformatted = WEBHOOK_BODY.replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        byte[] trailingNewline = (WEBHOOK_BODY + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.webhookSignatureValid(moreMoney, WEBHOOK_SIGNATURE)).isFalse();
        assertThat(gateway.webhookSignatureValid(reformatted, WEBHOOK_SIGNATURE)).isFalse();
        assertThat(gateway.webhookSignatureValid(trailingNewline, WEBHOOK_SIGNATURE)).isFalse();
        assertThat(gateway.webhookSignatureValid(null, WEBHOOK_SIGNATURE)).isFalse();
        assertThat(gateway.webhookSignatureValid(body, null)).isFalse();
    }

    @Test
    void aWebhookSignedWithTheKeySecretInsteadIsForged() {
        byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.webhookSignatureValid(body, HmacSignatures.sign(body, "test_key_secret"))).isFalse();
        assertThat(gateway.webhookSignatureValid(body, PAYMENT_SIGNATURE)).isFalse();
    }
}
