package com.skillconnect.conversations;

import com.skillconnect.marketplace.OrderId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The payment request of a payment message moved to {@code status}: conversations updates the message and tells both
 * parties' chat sockets {@code payment_status_update}. Declared by conversations, published by the module that owns
 * the request (billing, ADR 34). The change with the latest {@code changedAt} wins, so a replayed or late event
 * changes nothing.
 */
@DomainEvent
public record PaymentMessageStatusChanged(PaymentRequestRef paymentRequest, OrderId orderId,
        PaymentMessageStatus status, Instant changedAt) {

    public PaymentMessageStatusChanged {
        Objects.requireNonNull(paymentRequest);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(changedAt);
    }
}
