package com.skillconnect.marketplace.domain;

import com.skillconnect.kernel.Parsed;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the requester writes with an order or application: any text up to {@link #MAX_LENGTH} characters, possibly empty. */
@ValueObject
public record OrderMessage(String text) {

    public static final int MAX_LENGTH = 2000;

    public OrderMessage {
        Objects.requireNonNull(text);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An order message has at most " + MAX_LENGTH + " characters");
        }
    }

    /** The message, or the code saying why it is refused; null (not sent) is an empty message. */
    public static Parsed<OrderMessage> parse(String text) {
        if (text == null) {
            return Parsed.of(new OrderMessage(""));
        }
        String trimmed = text.strip();
        return trimmed.length() > MAX_LENGTH ? Parsed.refused(OrderCodes.MESSAGE_TOO_LONG, MAX_LENGTH)
                : Parsed.of(new OrderMessage(trimmed));
    }
}
