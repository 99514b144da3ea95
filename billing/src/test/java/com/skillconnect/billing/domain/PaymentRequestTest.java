package com.skillconnect.billing.domain;

import static com.skillconnect.billing.domain.ContractTest.CLIENT;
import static com.skillconnect.billing.domain.ContractTest.FREELANCER;
import static com.skillconnect.billing.domain.ContractTest.LATER;
import static com.skillconnect.billing.domain.ContractTest.NOW;
import static com.skillconnect.billing.domain.ContractTest.STRANGER;
import static com.skillconnect.billing.domain.ContractTest.contract;
import static com.skillconnect.billing.domain.ContractTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.PaymentRequested;
import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.PaymentStatusChanged;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.PaymentMessageRequested;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.PaymentMessageStatusChanged;
import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A payment request: who asks, how much, and the moves of its status, one case per status × action × party. */
class PaymentRequestTest {

    static final PaymentRequestId ID = new PaymentRequestId(21);

    static Money money(String amount) {
        return new Money(new BigDecimal(amount));
    }

    static PaymentRequest stored(PaymentStatus status, String transactionId) {
        return new PaymentRequest(ID, new ContractId(9), new OrderId(10), FREELANCER, CLIENT, money("5000"),
                "First half", PaymentMethod.RAZORPAY, status, transactionId, NOW, NOW, 1);
    }

    // ---- asking ----------------------------------------------------------------------------------

    @Test
    void theFreelancerOfAnAcceptedContractAsksTheClientAndItIsPending() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.SUBMITTED);
        PaymentRequest request = PaymentRequest.request(ID, contract, FREELANCER, money("15000"), "Final payment due",
                PaymentMethod.UPI, new BigDecimal("5000"), NOW);

        assertThat(request.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(request.requestedBy()).isEqualTo(FREELANCER);
        assertThat(request.payer()).isEqualTo(CLIENT);
        assertThat(request.contract()).isEqualTo(contract.id());
        assertThat(request.transactionId()).isEmpty();
        assertThat(request.takeEvents()).containsExactly(new PaymentRequested(ID, new OrderId(10), FREELANCER, CLIENT,
                new BigDecimal("15000"), "Final payment due", PaymentStatus.PENDING, NOW),
                new PaymentMessageRequested(new PaymentRequestRef(21), new OrderId(10), FREELANCER,
                        new BigDecimal("15000"), "Final payment due", PaymentMessageStatus.PENDING, NOW));
    }

    @Test
    void aRequestIsAskedFromTheOrdersConversationOrFromNone() {
        Optional<ConversationId> ordersConversation = Optional.of(new ConversationId(15));

        PaymentRequest.requireOrdersConversation(OptionalLong.of(15), ordersConversation);
        PaymentRequest.requireOrdersConversation(OptionalLong.empty(), ordersConversation);
        PaymentRequest.requireOrdersConversation(OptionalLong.empty(), Optional.empty());
        assertThat(refusal(() -> PaymentRequest.requireOrdersConversation(OptionalLong.of(16), ordersConversation)))
                .isEqualTo(Violation.of("conversation_id", BillingCodes.NOT_ORDERS_CONVERSATION, 16L));
        assertThat(refusal(() -> PaymentRequest.requireOrdersConversation(OptionalLong.of(0), ordersConversation)))
                .isEqualTo(Violation.of("conversation_id", BillingCodes.NOT_ORDERS_CONVERSATION, 0L));
        assertThat(refusal(() -> PaymentRequest.requireOrdersConversation(OptionalLong.of(15), Optional.empty())))
                .as("billing knows no conversation of the order yet")
                .isEqualTo(Violation.of("conversation_id", BillingCodes.NOT_ORDERS_CONVERSATION, 15L));
    }

    @Test
    void theClientAsksForNothing() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);
        assertThat(refusal(() -> PaymentRequest.request(ID, contract, CLIENT, money("1"), "", PaymentMethod.UPI,
                BigDecimal.ZERO, NOW))).isEqualTo(Violation.of("contract", BillingCodes.ONLY_FREELANCER_REQUESTS));
        assertThatIllegalArgumentException().isThrownBy(() -> PaymentRequest.request(ID, contract, STRANGER,
                money("1"), "", PaymentMethod.UPI, BigDecimal.ZERO, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAcceptedContractIsBilled(ContractStatus status) {
        Contract contract = contract(FREELANCER, status, WorkflowStatus.PLANNING);
        assertThat(refusal(() -> PaymentRequest.request(ID, contract, FREELANCER, money("1"), "", PaymentMethod.UPI,
                BigDecimal.ZERO, NOW))).isEqualTo(Violation.of("contract", BillingCodes.CONTRACT_NOT_ACCEPTED, status));
    }

    @Test
    void theAmountIsPositiveAndAtMostTheRemainder() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);
        assertThat(refusal(() -> PaymentRequest.request(ID, contract, FREELANCER, money("0"), "", PaymentMethod.UPI,
                BigDecimal.ZERO, NOW))).isEqualTo(Violation.of("amount", BillingCodes.PAYMENT_AMOUNT_NOT_POSITIVE));
        assertThat(refusal(() -> PaymentRequest.request(ID, contract, FREELANCER, money("15000.01"), "",
                PaymentMethod.UPI, new BigDecimal("5000"), NOW)))
                .isEqualTo(Violation.of("amount", BillingCodes.AMOUNT_OVER_REMAINING, new BigDecimal("15000")));
        assertThat(PaymentRequest.request(ID, contract, FREELANCER, money("15000"), "", PaymentMethod.UPI,
                new BigDecimal("5000"), NOW).amount()).isEqualTo(money("15000"));
        assertThat(refusal(() -> PaymentRequest.request(ID, contract, FREELANCER, money("1"), "", PaymentMethod.UPI,
                new BigDecimal("20000"), NOW)))
                .isEqualTo(Violation.of("amount", BillingCodes.AMOUNT_OVER_REMAINING, new BigDecimal("0")));
    }

    // ---- rejecting: every status × party ---------------------------------------------------------

    @Test
    void thePayerRejectsAPendingRequest() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);
        request.reject(CLIENT, LATER);
        assertThat(request.status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(request.binds()).isFalse();
        assertThat(request.takeEvents()).containsExactly(new PaymentStatusChanged(ID, new OrderId(10),
                PaymentStatus.REJECTED, LATER), new PaymentMessageStatusChanged(new PaymentRequestRef(21),
                new OrderId(10), PaymentMessageStatus.REJECTED, LATER));
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void theFreelancerRejectsNothing(PaymentStatus status) {
        PaymentRequest request = stored(status, status == PaymentStatus.COMPLETED ? "pay_1" : null);
        assertThat(refusal(() -> request.reject(FREELANCER, LATER)))
                .isEqualTo(Violation.of("status", BillingCodes.ONLY_PAYEE_REJECTS));
        assertThat(request.status()).isEqualTo(status);
        assertThat(request.takeEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPendingRequestIsRejected(PaymentStatus status) {
        PaymentRequest request = stored(status, status == PaymentStatus.COMPLETED ? "pay_1" : null);
        assertThat(refusal(() -> request.reject(CLIENT, LATER)))
                .isEqualTo(Violation.of("status", BillingCodes.NOT_PENDING, status));
        assertThat(request.status()).isEqualTo(status);
        assertThat(request.takeEvents()).isEmpty();
    }

    @Test
    void aStrangerRejectsNothing() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);
        assertThatIllegalArgumentException().isThrownBy(() -> request.reject(new UserId(99), LATER));
        assertThat(request.status()).isEqualTo(PaymentStatus.PENDING);
    }

    // ---- completing: every status ----------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"PENDING", "FAILED"})
    void aVerifiedPaymentCompletesAPendingOrFailedRequest(PaymentStatus status) {
        PaymentRequest request = stored(status, null);
        assertThat(request.complete("pay_1", LATER)).isTrue();
        assertThat(request.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(request.transactionId()).contains("pay_1");
        assertThat(request.binds()).isTrue();
        assertThat(request.takeEvents()).containsExactly(new PaymentStatusChanged(ID, new OrderId(10),
                PaymentStatus.COMPLETED, LATER), new PaymentMessageStatusChanged(new PaymentRequestRef(21),
                new OrderId(10), PaymentMessageStatus.COMPLETED, LATER));
    }

    @Test
    void theSamePaymentAgainChangesNothingAnotherIsRefused() {
        PaymentRequest request = stored(PaymentStatus.COMPLETED, "pay_1");
        assertThat(request.complete("pay_1", LATER)).isFalse();
        assertThat(request.takeEvents()).isEmpty();
        assertThat(refusal(() -> request.complete("pay_2", LATER)))
                .isEqualTo(Violation.of("status", BillingCodes.ALREADY_COMPLETED));
        assertThat(request.transactionId()).contains("pay_1");
    }

    @Test
    void aRejectedRequestIsNotCompleted() {
        PaymentRequest request = stored(PaymentStatus.REJECTED, null);
        assertThat(refusal(() -> request.complete("pay_1", LATER)))
                .isEqualTo(Violation.of("status", BillingCodes.REJECTED_NOT_COMPLETED));
        assertThat(request.status()).isEqualTo(PaymentStatus.REJECTED);
    }

    // ---- failing: every status -------------------------------------------------------------------

    @Test
    void aFailedPaymentFailsAPendingRequest() {
        PaymentRequest request = stored(PaymentStatus.PENDING, null);
        assertThat(request.fail(LATER)).isTrue();
        assertThat(request.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(request.binds()).isFalse();
        assertThat(request.takeEvents()).containsExactly(new PaymentStatusChanged(ID, new OrderId(10),
                PaymentStatus.FAILED, LATER), new PaymentMessageStatusChanged(new PaymentRequestRef(21),
                new OrderId(10), PaymentMessageStatus.FAILED, LATER));
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void aFailureNeverUndoesACompletionNorChangesAnEndedRequest(PaymentStatus status) {
        PaymentRequest request = stored(status, status == PaymentStatus.COMPLETED ? "pay_1" : null);
        assertThat(request.fail(LATER)).isFalse();
        assertThat(request.status()).isEqualTo(status);
        assertThat(request.takeEvents()).isEmpty();
    }
}
