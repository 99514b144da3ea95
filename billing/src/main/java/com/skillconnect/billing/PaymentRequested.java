package com.skillconnect.billing;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The freelancer of a contract asked its client for a payment. Conversations shows it as a {@code payment} message
 * of the order's conversation, sent by {@code requestedBy}; a replayed event adds no second message (the request's
 * id is the key).
 *
 * @param orderId     the order the contract belongs to (one conversation per order)
 * @param requestedBy the freelancer's user, the message's sender
 * @param payer       the client's user, who pays
 * @param description the request's description, the message's content
 */
@DomainEvent
public record PaymentRequested(PaymentRequestId paymentRequest, OrderId orderId, UserId requestedBy, UserId payer,
        BigDecimal amount, String description, PaymentStatus status, Instant requestedAt) {

    public PaymentRequested {
        Objects.requireNonNull(paymentRequest);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(payer);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(status);
        Objects.requireNonNull(requestedAt);
        description = description == null ? "" : description;
    }
}
