package com.skillconnect.billing.domain;

import static com.skillconnect.billing.domain.ContractTest.CLIENT;
import static com.skillconnect.billing.domain.ContractTest.FREELANCER;
import static com.skillconnect.billing.domain.ContractTest.LATER;
import static com.skillconnect.billing.domain.ContractTest.STRANGER;
import static com.skillconnect.billing.domain.ContractTest.refusal;
import static com.skillconnect.billing.domain.PaymentRequestTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.kernel.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Paying a payment request through the gateway's checkout: who may, when, and one gateway order per request. */
class PaymentCheckoutTest {

    static final CheckoutOrder ORDER = new CheckoutOrder("order_IluGWxBm9U8zJ8", 515000);

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"PENDING", "FAILED"})
    void thePayerPaysAPendingOrFailedRequestThroughOneOrder(PaymentStatus status) {
        PaymentRequest request = stored(status, null);

        assertThat(request.checkout(CLIENT)).isEmpty();
        assertThat(request.keepCheckout(CLIENT, ORDER)).isEqualTo(ORDER);
        assertThat(request.checkout(CLIENT)).contains(ORDER);
        assertThat(request.checkoutOrder()).contains(ORDER);
        assertThat(request.paidThrough(ORDER.id())).isTrue();
        assertThat(request.paidThrough("order_another000001")).isFalse();
        assertThat(request.paidThrough(null)).isFalse();
        assertThat(request.status()).as("opening an order changes no status").isEqualTo(status);
        assertThat(request.takeEvents()).isEmpty();
    }

    @Test
    void anOrderKeptMeanwhileStaysAndIsTheOneToPay() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);
        request.keepCheckout(CLIENT, ORDER);

        CheckoutOrder other = new CheckoutOrder("order_SecondOpened01", 515000);

        assertThat(request.keepCheckout(CLIENT, other)).isEqualTo(ORDER);
        assertThat(request.paidThrough(other.id())).isFalse();
    }

    @Test
    void aRequestWithoutAnOrderIsPaidThroughNone() {
        assertThat(stored(PaymentStatus.PENDING, null).paidThrough(ORDER.id())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"COMPLETED", "REJECTED"})
    void aCompletedOrRejectedRequestIsNotPaidAgain(PaymentStatus status) {
        PaymentRequest request = stored(status, status == PaymentStatus.COMPLETED ? "pay_1" : null);

        assertThat(refusal(() -> request.checkout(CLIENT)))
                .isEqualTo(Violation.of("status", BillingCodes.NOT_PAYABLE, status));
        assertThat(refusal(() -> request.keepCheckout(CLIENT, ORDER)))
                .isEqualTo(Violation.of("status", BillingCodes.NOT_PAYABLE, status));
        assertThat(request.checkoutOrder()).isEmpty();
    }

    @Test
    void onlyThePayerPays() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);

        assertThatIllegalArgumentException().isThrownBy(() -> request.checkout(FREELANCER));
        assertThatIllegalArgumentException().isThrownBy(() -> request.keepCheckout(STRANGER, ORDER));
        assertThat(request.checkoutOrder()).isEmpty();
    }

    @Test
    void theOrderOutlivesAFailureAndACompletion() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);
        request.keepCheckout(CLIENT, ORDER);

        assertThat(request.fail(LATER)).isTrue();
        assertThat(request.checkout(CLIENT)).contains(ORDER);
        assertThat(request.complete("pay_ABC", LATER)).isTrue();
        assertThat(request.checkoutOrder()).contains(ORDER);
    }

    @Test
    void aGatewayOrderHasAnIdAndChargesSomething() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckoutOrder(" ", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckoutOrder("o".repeat(65), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckoutOrder("order_1", 0));
    }
}
