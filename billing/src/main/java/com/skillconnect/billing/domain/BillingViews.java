package com.skillconnect.billing.domain;

import com.skillconnect.billing.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What billing's lists show, read straight from SQL ({@link BillingQueries}). */
public final class BillingViews {

    private BillingViews() {
    }

    /**
     * An accepted contract of the caller with its order's title and the parties' names (empty when unknown).
     *
     * @param category the order's category name: marketplace's events do not carry it, so null for now
     */
    public record ActiveContract(long id, String title, String freelancerName, String clientName, String category,
            WorkflowStatus workflow, LocalDate deadline, BigDecimal amount) {
    }

    /** A freelancer the client has an accepted contract with: profile id (0 when unknown) and name. */
    public record FreelancerCard(long id, String name) {
    }

    /** A payment request with its parties' names. */
    public record PaymentRequestView(long id, long contract, long requestedBy, String freelancerName, long payee,
            String payeeName, BigDecimal amount, String description, PaymentStatus status, PaymentMethod method,
            String transactionId, Instant createdAt, Instant updatedAt) {
    }

    /** One page of payment requests and how many there are in all. */
    public record PaymentPage(List<PaymentRequestView> requests, long total) {
        public PaymentPage {
            requests = List.copyOf(requests);
        }
    }
}
