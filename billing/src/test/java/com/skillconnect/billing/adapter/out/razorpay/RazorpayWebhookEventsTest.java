package com.skillconnect.billing.adapter.out.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.billing.domain.PaymentGateway.WebhookEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Razorpay's webhook bodies as the adapter reads them: the event, and the order and payment it names. */
class RazorpayWebhookEventsTest {

    private final RazorpayPaymentGateway gateway = new RazorpayPaymentGateway(new RazorpayProperties("rzp_test_1",
            "secret", "webhook_secret", "http://127.0.0.1:9", Duration.ofSeconds(1), new BigDecimal("150.00")));

    @Test
    void aCapturedPaymentNamesItsOrderAndPayment() {
        WebhookEvent event = read("""
                {"entity": "event", "account_id": "acc_BFQ7uQEaa7j2z7", "event": "payment.captured",
                 "contains": ["payment"], "payload": {"payment": {"entity": {"id": "pay_DESlfW9H8K9uqM",
                 "entity": "payment", "amount": 115000, "currency": "INR", "status": "captured",
                 "order_id": "order_DESlLckIVRkHWj", "captured": true}}}, "created_at": 1567674606}
                """);

        assertThat(event).isEqualTo(new WebhookEvent("payment.captured", "order_DESlLckIVRkHWj", "pay_DESlfW9H8K9uqM"));
        assertThat(event.paid()).isTrue();
        assertThat(event.failed()).isFalse();
    }

    @Test
    void anOrderPaidNamesItsOrderEvenWithoutThePaymentsOrderId() {
        WebhookEvent event = read("""
                {"event": "order.paid", "payload": {"payment": {"entity": {"id": "pay_DESlfW9H8K9uqM"}},
                 "order": {"entity": {"id": "order_DESlLckIVRkHWj", "status": "paid"}}}}
                """);

        assertThat(event).isEqualTo(new WebhookEvent("order.paid", "order_DESlLckIVRkHWj", "pay_DESlfW9H8K9uqM"));
        assertThat(event.paid()).isTrue();
    }

    @Test
    void aFailedPaymentAndOtherEvents() {
        assertThat(read("{\"event\": \"payment.failed\", \"payload\": {\"payment\": {\"entity\": {\"id\": \"pay_1\", "
                + "\"order_id\": \"order_1\", \"status\": \"failed\"}}}}").failed()).isTrue();
        WebhookEvent refund = read("{\"event\": \"refund.processed\", \"payload\": {\"refund\": {\"entity\": {}}}}");
        assertThat(refund).isEqualTo(new WebhookEvent("refund.processed", null, null));
        assertThat(refund.paid() || refund.failed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not json", "[]", "{}", "{\"event\": 1}", "{\"event\": \"\"}", "{\"event\": \"x\"",
            "null"})
    void aBodyWithoutAnEventIsUnreadable(String body) {
        assertThatIllegalArgumentException().isThrownBy(() -> read(body));
    }

    private WebhookEvent read(String body) {
        return gateway.readWebhook(body.getBytes(StandardCharsets.UTF_8));
    }
}
