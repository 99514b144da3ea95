package com.skillconnect.billing.adapter.in.web;

import com.skillconnect.billing.domain.BillingViews.ActiveContract;
import com.skillconnect.billing.domain.BillingViews.FreelancerCard;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The Messaging API's money objects as the frontend reads them (snake_case on the wire, amounts as numbers). */
final class BillingItems {

    private BillingItems() {
    }

    /**
     * A contract: {@code service_order}/{@code proposal_order} hold the order's id on the side of its type (the other
     * null); {@code order_type}/{@code order_id} say the same plainly.
     */
    record ContractItem(long id, BigDecimal amount, LocalDate deadline, String terms, String milestones, String status,
            String workflowStatus, Long serviceOrder, Long proposalOrder, String orderType, long orderId, long createdBy,
            Instant createdAt, Instant updatedAt) {

        static ContractItem of(Contract contract) {
            boolean service = contract.orderType() == OrderType.SERVICE;
            long order = contract.orderId().value();
            return new ContractItem(contract.id().value(), contract.terms().amount().amount(),
                    contract.terms().deadline(), contract.terms().terms(), contract.terms().milestones(),
                    contract.status().wire(), contract.workflow().wire(), service ? order : null, service ? null : order,
                    service ? "service" : "proposal", order, contract.creator().value(), contract.createdAt(),
                    contract.updatedAt());
        }
    }

    /** An accepted contract in {@code contracts/active/}: {@code status} is its workflow status. */
    record ActiveItem(long id, String title, String freelancer, String client, String category, String status,
            LocalDate deadline, BigDecimal progress, BigDecimal amount) {

        static ActiveItem of(ActiveContract view) {
            return new ActiveItem(view.id(), view.title(), view.freelancerName(), view.clientName(), view.category(),
                    view.workflow().wire(), view.deadline(), view.workflow().progress(), view.amount());
        }
    }

    record FreelancersItem(int count, List<FreelancerItem> freelancers) {

        static FreelancersItem of(List<FreelancerCard> cards) {
            return new FreelancersItem(cards.size(), cards.stream().map(c -> new FreelancerItem(c.id(), c.name())).toList());
        }
    }

    record FreelancerItem(long id, String name) {
    }

    /** A payment request: {@code requested_by} (the freelancer) and {@code payee} (the client asked to pay) are USER ids. */
    record PaymentRequestItem(long id, long contract, long requestedBy, String freelancerName, long payee,
            String payeeName, BigDecimal amount, String description, String status, String paymentMethod,
            String transactionId, Instant createdAt, Instant updatedAt) {

        static PaymentRequestItem of(PaymentRequestView view) {
            return new PaymentRequestItem(view.id(), view.contract(), view.requestedBy(), view.freelancerName(),
                    view.payee(), view.payeeName(), view.amount(), view.description(),
                    view.status().name().toLowerCase(Locale.ROOT), view.method().wire(), view.transactionId(),
                    view.createdAt(), view.updatedAt());
        }
    }
}
