package com.skillconnect.billing.adapter.out.realtime;

import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractPush;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@link ContractPush} over the kernel's {@link RealtimeDelivery}: the contract object exactly as
 * {@code GET /api/v1/messaging/contracts/<id>/} answers it (the same fields, the same snake_case JSON), to every
 * socket of the order's client and of its freelancer on the order's contract endpoint. The frames leave when the
 * calling transaction commits.
 */
@Component
class SocketContractPush implements ContractPush {

    private final RealtimeDelivery delivery;

    SocketContractPush(RealtimeDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void changed(Contract contract) {
        String endpoint = ContractPush.endpoint(contract.orderType(), contract.orderId());
        ContractFrame frame = ContractFrame.of(contract);
        delivery.send(contract.clientUser().value(), endpoint, frame);
        delivery.send(contract.freelancerUser().value(), endpoint, frame);
    }

    /** The REST API's contract object (web adapter's {@code BillingItems.ContractItem}; a test holds them equal). */
    record ContractFrame(long id, BigDecimal amount, LocalDate deadline, String terms, String milestones, String status,
            String workflowStatus, Long serviceOrder, Long proposalOrder, String orderType, long orderId, long createdBy,
            Instant createdAt, Instant updatedAt) {

        static ContractFrame of(Contract contract) {
            boolean service = contract.orderType() == OrderType.SERVICE;
            long order = contract.orderId().value();
            return new ContractFrame(contract.id().value(), contract.terms().amount().amount(),
                    contract.terms().deadline(), contract.terms().terms(), contract.terms().milestones(),
                    contract.status().wire(), contract.workflow().wire(), service ? order : null, service ? null : order,
                    service ? "service" : "proposal", order, contract.creator().value(), contract.createdAt(),
                    contract.updatedAt());
        }
    }
}
