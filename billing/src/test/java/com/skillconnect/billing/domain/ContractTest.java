package com.skillconnect.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.billing.ContractId;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract's two state machines and its editing rule, one case per status × action × party. */
class ContractTest {

    static final UserId CLIENT = new UserId(1);
    static final UserId FREELANCER = new UserId(2);
    static final UserId STRANGER = new UserId(3);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant LATER = NOW.plusSeconds(60);

    static OrderRef order(OrderStatus status) {
        return new OrderRef(new OrderId(10), OrderType.SERVICE, CLIENT, 5, FREELANCER, 6, "Logo", status);
    }

    static ContractTerms terms(String amount, LocalDate deadline) {
        return new ContractTerms(new Money(new BigDecimal(amount)), deadline, "100% upon completion", "one");
    }

    static Contract contract(UserId creator, ContractStatus status, WorkflowStatus workflow) {
        return new Contract(new ContractId(9), OrderType.SERVICE, new OrderId(10), CLIENT, FREELANCER, creator,
                terms("20000", TODAY.plusDays(30)), status, workflow, NOW, NOW, 1);
    }

    static UserId party(String name, UserId creator) {
        return switch (name) {
            case "creator" -> creator;
            case "other" -> creator.equals(CLIENT) ? FREELANCER : CLIENT;
            case "client" -> CLIENT;
            case "freelancer" -> FREELANCER;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Violation refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().getFirst();
        }
        throw new AssertionError("not refused");
    }

    // ---- creating --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"DRAFT", "PENDING"})
    void eitherPartyOfAnAcceptedOrderCreatesADraftOrPendingContractAtPlanning(ContractStatus status) {
        for (UserId creator : List.of(CLIENT, FREELANCER)) {
            Contract contract = Contract.create(new ContractId(9), order(OrderStatus.ACCEPTED), creator,
                    terms("20000", TODAY), status, WorkflowStatus.PLANNING, TODAY, NOW);
            assertThat(contract.status()).isEqualTo(status);
            assertThat(contract.workflow()).isEqualTo(WorkflowStatus.PLANNING);
            assertThat(contract.creator()).isEqualTo(creator);
            assertThat(contract.clientUser()).isEqualTo(CLIENT);
            assertThat(contract.freelancerUser()).isEqualTo(FREELANCER);
            assertThat(contract.orderId()).isEqualTo(new OrderId(10));
            assertThat(contract.createdAt()).isEqualTo(NOW);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void anOrderThatIsNotAcceptedGetsNoContract(OrderStatus status) {
        assertThat(refusal(() -> Contract.create(new ContractId(9), order(status), CLIENT, terms("1", TODAY),
                ContractStatus.PENDING, WorkflowStatus.PLANNING, TODAY, NOW)))
                .isEqualTo(Violation.of("order_id", BillingCodes.ORDER_NOT_ACCEPTED));
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"ACCEPTED", "REJECTED"})
    void aNewContractIsNeverAcceptedOrRejected(ContractStatus status) {
        assertThat(refusal(() -> Contract.create(new ContractId(9), order(OrderStatus.ACCEPTED), CLIENT,
                terms("1", TODAY), status, WorkflowStatus.PLANNING, TODAY, NOW)))
                .isEqualTo(Violation.of("status", BillingCodes.STATUS_NOT_INITIAL, status));
    }

    @ParameterizedTest
    @EnumSource(value = WorkflowStatus.class, names = "PLANNING", mode = EnumSource.Mode.EXCLUDE)
    void aNewContractsWorkStartsAtPlanning(WorkflowStatus workflow) {
        assertThat(refusal(() -> Contract.create(new ContractId(9), order(OrderStatus.ACCEPTED), CLIENT,
                terms("1", TODAY), ContractStatus.PENDING, workflow, TODAY, NOW)))
                .isEqualTo(Violation.of("workflow_status", BillingCodes.WORKFLOW_NOT_INITIAL, workflow));
    }

    @Test
    void aZeroAmountAndAPastDeadlineAreBothRefused() {
        assertThatThrownBy(() -> Contract.create(new ContractId(9), order(OrderStatus.ACCEPTED), CLIENT,
                terms("0", TODAY.minusDays(1)), ContractStatus.PENDING, WorkflowStatus.PLANNING, TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("amount", BillingCodes.AMOUNT_NOT_POSITIVE),
                        Violation.of("deadline", BillingCodes.DEADLINE_PAST)));
    }

    @Test
    void aStrangerCreatesNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> Contract.create(new ContractId(9),
                order(OrderStatus.ACCEPTED), STRANGER, terms("1", TODAY), ContractStatus.PENDING,
                WorkflowStatus.PLANNING, TODAY, NOW));
    }

    // ---- status: every status × asked-for status × party ------------------------------------------

    @ParameterizedTest(name = "{0} -> {1} by {2} ({3}): {4}")
    @CsvSource({
            // from, wanted, party, creator, outcome
            "DRAFT, PENDING, creator, client, ok",
            "DRAFT, PENDING, creator, freelancer, ok",
            "DRAFT, PENDING, other, client, " + BillingCodes.ONLY_CREATOR_PROPOSES,
            "DRAFT, ACCEPTED, creator, client, " + BillingCodes.NOT_PROPOSED,
            "DRAFT, ACCEPTED, other, client, " + BillingCodes.NOT_PROPOSED,
            "DRAFT, REJECTED, creator, client, " + BillingCodes.NOT_PROPOSED,
            "DRAFT, REJECTED, other, client, " + BillingCodes.NOT_PROPOSED,
            "DRAFT, DRAFT, creator, client, " + BillingCodes.STATUS_ALREADY,
            "DRAFT, DRAFT, other, client, " + BillingCodes.STATUS_ALREADY,
            "PENDING, ACCEPTED, other, client, ok",
            "PENDING, ACCEPTED, other, freelancer, ok",
            "PENDING, REJECTED, other, client, ok",
            "PENDING, REJECTED, other, freelancer, ok",
            "PENDING, ACCEPTED, creator, client, " + BillingCodes.ONLY_OTHER_PARTY,
            "PENDING, ACCEPTED, creator, freelancer, " + BillingCodes.ONLY_OTHER_PARTY,
            "PENDING, REJECTED, creator, client, " + BillingCodes.ONLY_OTHER_PARTY,
            "PENDING, REJECTED, creator, freelancer, " + BillingCodes.ONLY_OTHER_PARTY,
            "PENDING, DRAFT, creator, client, " + BillingCodes.NO_BACK_TO_DRAFT,
            "PENDING, DRAFT, other, client, " + BillingCodes.NO_BACK_TO_DRAFT,
            "PENDING, PENDING, creator, client, " + BillingCodes.STATUS_ALREADY,
            "PENDING, PENDING, other, client, " + BillingCodes.STATUS_ALREADY,
            "ACCEPTED, ACCEPTED, other, client, " + BillingCodes.STATUS_ALREADY,
            "ACCEPTED, ACCEPTED, creator, client, " + BillingCodes.STATUS_ALREADY,
            "ACCEPTED, REJECTED, other, client, " + BillingCodes.STATUS_FINAL,
            "ACCEPTED, REJECTED, creator, client, " + BillingCodes.STATUS_FINAL,
            "ACCEPTED, PENDING, creator, client, " + BillingCodes.STATUS_FINAL,
            "ACCEPTED, DRAFT, creator, client, " + BillingCodes.STATUS_FINAL,
            "REJECTED, REJECTED, other, client, " + BillingCodes.STATUS_ALREADY,
            "REJECTED, ACCEPTED, other, client, " + BillingCodes.STATUS_FINAL,
            "REJECTED, ACCEPTED, creator, client, " + BillingCodes.STATUS_FINAL,
            "REJECTED, PENDING, creator, client, " + BillingCodes.STATUS_FINAL,
            "REJECTED, DRAFT, creator, client, " + BillingCodes.STATUS_FINAL,
    })
    void theStatusMachine(ContractStatus from, ContractStatus wanted, String party, String creatorRole, String outcome) {
        UserId creator = party(creatorRole, CLIENT);
        Contract contract = contract(creator, from, WorkflowStatus.PLANNING);
        UserId by = party(party, creator);
        if (outcome.equals("ok")) {
            contract.changeStatus(wanted, by, LATER);
            assertThat(contract.status()).isEqualTo(wanted);
            assertThat(contract.updatedAt()).isEqualTo(LATER);
        } else {
            assertThat(refusal(() -> contract.changeStatus(wanted, by, LATER)).code()).isEqualTo(outcome);
            assertThat(refusal(() -> contract.changeStatus(wanted, by, LATER)).path()).containsExactly("status");
            assertThat(contract.status()).isEqualTo(from);
            assertThat(contract.updatedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void theIntentionMethodsAreTheStatusChanges() {
        Contract draft = contract(FREELANCER, ContractStatus.DRAFT, WorkflowStatus.PLANNING);
        draft.propose(FREELANCER, LATER);
        assertThat(draft.status()).isEqualTo(ContractStatus.PENDING);
        draft.accept(CLIENT, LATER);
        assertThat(draft.status()).isEqualTo(ContractStatus.ACCEPTED);
        Contract pending = contract(FREELANCER, ContractStatus.PENDING, WorkflowStatus.PLANNING);
        pending.reject(CLIENT, LATER);
        assertThat(pending.status()).isEqualTo(ContractStatus.REJECTED);
    }

    @Test
    void aStrangerChangesNothing() {
        Contract contract = contract(CLIENT, ContractStatus.PENDING, WorkflowStatus.PLANNING);
        assertThatIllegalArgumentException().isThrownBy(() -> contract.accept(STRANGER, LATER));
        assertThatIllegalArgumentException().isThrownBy(() -> contract.moveWork(WorkflowStatus.ADVANCE, STRANGER, LATER));
        assertThatIllegalArgumentException().isThrownBy(() -> contract.edit(STRANGER,
                new ContractTerms.Change(new Money(BigDecimal.TEN), null, null, null), TODAY, LATER));
        assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
    }

    // ---- editing ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
            "DRAFT, creator, ok",
            "PENDING, creator, ok",
            "DRAFT, other, " + BillingCodes.ONLY_CREATOR_EDITS,
            "PENDING, other, " + BillingCodes.ONLY_CREATOR_EDITS,
            "ACCEPTED, creator, " + BillingCodes.TERMS_FIXED,
            "ACCEPTED, other, " + BillingCodes.TERMS_FIXED,
            "REJECTED, creator, " + BillingCodes.TERMS_FIXED,
            "REJECTED, other, " + BillingCodes.TERMS_FIXED,
    })
    void onlyTheCreatorEditsAndOnlyBeforeAcceptance(ContractStatus status, String party, String outcome) {
        Contract contract = contract(FREELANCER, status, WorkflowStatus.PLANNING);
        ContractTerms before = contract.terms();
        ContractTerms.Change change = new ContractTerms.Change(new Money(new BigDecimal("25000")),
                TODAY.plusDays(40), "50% upfront", "two");
        UserId by = party(party, FREELANCER);
        if (outcome.equals("ok")) {
            contract.edit(by, change, TODAY, LATER);
            assertThat(contract.terms()).isEqualTo(new ContractTerms(new Money(new BigDecimal("25000")),
                    TODAY.plusDays(40), "50% upfront", "two"));
            assertThat(contract.updatedAt()).isEqualTo(LATER);
        } else {
            assertThat(refusal(() -> contract.edit(by, change, TODAY, LATER)))
                    .isEqualTo(outcome.equals(BillingCodes.TERMS_FIXED)
                            ? Violation.of("amount", outcome, status) : Violation.of("amount", outcome));
            assertThat(contract.terms()).isEqualTo(before);
        }
    }

    @Test
    void anEditKeepsWhatItDoesNotNameAndChecksWhatItDoes() {
        Contract contract = contract(CLIENT, ContractStatus.PENDING, WorkflowStatus.PLANNING);
        contract.edit(CLIENT, new ContractTerms.Change(null, null, "new terms", null), TODAY, LATER);
        assertThat(contract.terms()).isEqualTo(new ContractTerms(new Money(new BigDecimal("20000")),
                TODAY.plusDays(30), "new terms", "one"));
        assertThatThrownBy(() -> contract.edit(CLIENT, new ContractTerms.Change(new Money(BigDecimal.ZERO),
                TODAY.minusDays(1), null, null), TODAY, LATER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("amount", BillingCodes.AMOUNT_NOT_POSITIVE),
                        Violation.of("deadline", BillingCodes.DEADLINE_PAST)));
        assertThat(contract.terms().terms()).isEqualTo("new terms");
        Contract accepted = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);
        accepted.edit(FREELANCER, new ContractTerms.Change(null, null, null, null), TODAY, LATER);
        assertThat(accepted.updatedAt()).as("an empty change is no edit").isEqualTo(NOW);
    }

    // ---- workflow --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = WorkflowStatus.class, names = "PAID", mode = EnumSource.Mode.EXCLUDE)
    void theFreelancerMovesTheWorkOfAnAcceptedContractToAnyValueButPaid(WorkflowStatus wanted) {
        for (WorkflowStatus from : WorkflowStatus.values()) {
            if (from == WorkflowStatus.PAID) {
                continue;
            }
            Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, from);
            contract.moveWork(wanted, FREELANCER, LATER);
            assertThat(contract.workflow()).isEqualTo(wanted);
            assertThat(contract.updatedAt()).isEqualTo(wanted == from ? NOW : LATER);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkflowStatus.class)
    void theClientNeverMovesTheWork(WorkflowStatus wanted) {
        Contract contract = contract(FREELANCER, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);
        assertThat(refusal(() -> contract.moveWork(wanted, CLIENT, LATER)))
                .isEqualTo(Violation.of("workflow_status", BillingCodes.WORKFLOW_ONLY_FREELANCER));
        assertThat(contract.workflow()).isEqualTo(WorkflowStatus.PLANNING);
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void theWorkMovesOnlyAfterAcceptance(ContractStatus status) {
        for (UserId by : List.of(CLIENT, FREELANCER)) {
            Contract contract = contract(CLIENT, status, WorkflowStatus.PLANNING);
            assertThat(refusal(() -> contract.moveWork(WorkflowStatus.ADVANCE, by, LATER)))
                    .isEqualTo(Violation.of("workflow_status", BillingCodes.WORKFLOW_NOT_ACCEPTED, status));
            assertThat(contract.workflow()).isEqualTo(WorkflowStatus.PLANNING);
        }
    }

    @Test
    void paidIsNeverAskedFor() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.COMPLETED);
        assertThat(refusal(() -> contract.moveWork(WorkflowStatus.PAID, FREELANCER, LATER)))
                .isEqualTo(Violation.of("workflow_status", BillingCodes.WORKFLOW_PAID_BY_PAYMENT));
        assertThat(contract.workflow()).isEqualTo(WorkflowStatus.COMPLETED);
    }

    @ParameterizedTest
    @EnumSource(WorkflowStatus.class)
    void aPaidContractsWorkMovesNoMore(WorkflowStatus wanted) {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PAID);
        assertThat(refusal(() -> contract.moveWork(wanted, FREELANCER, LATER)))
                .isEqualTo(Violation.of("workflow_status", BillingCodes.WORKFLOW_PAID_FINAL));
    }

    @Test
    void verifiedPaymentsCoveringTheAmountMakeTheContractPaid() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.FINAL_REVIEW);
        assertThat(contract.settle(new BigDecimal("19999.99"), LATER)).isFalse();
        assertThat(contract.workflow()).isEqualTo(WorkflowStatus.FINAL_REVIEW);
        assertThat(contract.settle(new BigDecimal("20000.00"), LATER)).isTrue();
        assertThat(contract.workflow()).isEqualTo(WorkflowStatus.PAID);
        assertThat(contract.settle(new BigDecimal("20000.00"), LATER)).as("once").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAcceptedContractIsPaid(ContractStatus status) {
        Contract contract = contract(CLIENT, status, WorkflowStatus.PLANNING);
        assertThat(contract.settle(new BigDecimal("20000"), LATER)).isFalse();
        assertThat(contract.workflow()).isEqualTo(WorkflowStatus.PLANNING);
    }

    @Test
    void theRemainderIsTheAmountLessTheBindingRequests() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);
        assertThat(contract.remaining(new BigDecimal("5000"))).isEqualByComparingTo("15000");
        assertThat(contract.remaining(new BigDecimal("25000"))).isEqualByComparingTo("0");
    }

    @Test
    void theWireNamesAndProgress() {
        assertThat(WorkflowStatus.parse("In-Progress")).contains(WorkflowStatus.IN_PROGRESS);
        assertThat(WorkflowStatus.parse("in_progress")).isEmpty();
        assertThat(WorkflowStatus.PLANNING.progress()).isEqualByComparingTo("10.0");
        assertThat(WorkflowStatus.PAID.progress()).isEqualByComparingTo("100.0");
        assertThat(ContractStatus.parse(" Accepted ")).contains(ContractStatus.ACCEPTED);
        assertThat(ContractStatus.REJECTED.live()).isFalse();
    }
}
