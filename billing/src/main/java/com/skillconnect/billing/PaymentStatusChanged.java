package com.skillconnect.billing;

import com.skillconnect.marketplace.OrderId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A payment request moved to {@code status} (completed only by a verified payment). Conversations updates the
 * request's message and tells the conversation's sockets; consumers keep the change with the latest
 * {@code changedAt}, so a replayed or late event changes nothing.
 */
@DomainEvent
public record PaymentStatusChanged(PaymentRequestId paymentRequest, OrderId orderId, PaymentStatus status,
        Instant changedAt) {

    public PaymentStatusChanged {
        Objects.requireNonNull(paymentRequest);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(changedAt);
    }
}
