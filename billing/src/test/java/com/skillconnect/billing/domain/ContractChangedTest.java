package com.skillconnect.billing.domain;

import static com.skillconnect.billing.domain.ContractTest.CLIENT;
import static com.skillconnect.billing.domain.ContractTest.FREELANCER;
import static com.skillconnect.billing.domain.ContractTest.LATER;
import static com.skillconnect.billing.domain.ContractTest.NOW;
import static com.skillconnect.billing.domain.ContractTest.TODAY;
import static com.skillconnect.billing.domain.ContractTest.contract;
import static com.skillconnect.billing.domain.ContractTest.order;
import static com.skillconnect.billing.domain.ContractTest.terms;
import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.billing.ContractChanged;
import com.skillconnect.billing.ContractId;
import com.skillconnect.kernel.Money;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A contract raises {@link ContractChanged} when it is created and when a change changes something: one per save. */
class ContractChangedTest {

    @Test
    void creatingRaisesOneWithTheOrderAndItsParties() {
        Contract contract = Contract.create(new ContractId(9), order(OrderStatus.ACCEPTED), CLIENT, terms("20000", TODAY),
                ContractStatus.PENDING, WorkflowStatus.PLANNING, TODAY, NOW);

        assertThat(contract.takeEvents()).containsExactly(new ContractChanged(new ContractId(9), OrderType.SERVICE,
                new OrderId(10), CLIENT, FREELANCER, NOW));
        assertThat(contract.takeEvents()).as("taken").isEmpty();
    }

    @Test
    void severalChangesBeforeASaveRaiseOneTheLatest() {
        Contract contract = contract(FREELANCER, ContractStatus.DRAFT, WorkflowStatus.PLANNING);

        contract.edit(FREELANCER, new ContractTerms.Change(new Money(new BigDecimal("100")), null, null, null), TODAY, NOW);
        contract.propose(FREELANCER, LATER);

        assertThat(contract.takeEvents()).containsExactly(new ContractChanged(new ContractId(9), OrderType.SERVICE,
                new OrderId(10), CLIENT, FREELANCER, LATER));
    }

    @Test
    void theWorkMovedAndThePaymentRaiseOneEachAndNothingChangedRaisesNothing() {
        Contract contract = contract(CLIENT, ContractStatus.ACCEPTED, WorkflowStatus.PLANNING);

        contract.moveWork(WorkflowStatus.PLANNING, FREELANCER, NOW);
        contract.edit(CLIENT, new ContractTerms.Change(null, null, null, null), TODAY, NOW);
        assertThat(contract.settle(new BigDecimal("100"), NOW)).isFalse();
        assertThat(contract.takeEvents()).as("nothing changed").isEmpty();

        contract.moveWork(WorkflowStatus.COMPLETED, FREELANCER, NOW);
        assertThat(contract.takeEvents()).hasSize(1);
        assertThat(contract.settle(new BigDecimal("20000"), LATER)).isTrue();
        assertThat(contract.takeEvents()).extracting(event -> ((ContractChanged) event).changedAt()).containsExactly(LATER);
    }
}
