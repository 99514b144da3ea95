package com.skillconnect.conversations;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Another module (billing) asks conversations to show a payment request as a {@code payment} message of the order's
 * conversation (opened then if it was not), sent by {@code requestedBy} and pushed on the chat socket. Declared by
 * conversations, published by the asking module: conversations depends on nobody for its payment messages (ADR 34).
 * A replayed event adds no second message: the request is the key.
 *
 * @param orderId     the order the request is about (one conversation per order)
 * @param requestedBy the freelancer's user, the message's sender
 * @param description the request's description, the message's content
 */
@DomainEvent
public record PaymentMessageRequested(PaymentRequestRef paymentRequest, OrderId orderId, UserId requestedBy,
        BigDecimal amount, String description, PaymentMessageStatus status, Instant requestedAt) {

    public PaymentMessageRequested {
        Objects.requireNonNull(paymentRequest);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(status);
        Objects.requireNonNull(requestedAt);
        description = description == null ? "" : description;
    }
}
