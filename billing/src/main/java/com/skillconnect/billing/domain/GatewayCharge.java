package com.skillconnect.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the client is charged at the gateway for a payment request: its amount plus the processing fee
 * ({@code skillconnect.razorpay.processing-fee}), in rupees, and the same in paise as the gateway takes it
 * ({@code (amount + fee) × 100}, rounded half up to a whole paisa).
 */
@ValueObject
public record GatewayCharge(BigDecimal amount, BigDecimal processingFee) {

    private static final BigDecimal PAISE_PER_RUPEE = BigDecimal.valueOf(100);

    public GatewayCharge {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(processingFee, "processingFee");
        if (amount.signum() < 0 || processingFee.signum() < 0) {
            throw new IllegalArgumentException("Neither an amount nor a fee is negative");
        }
        if (amount.add(processingFee).signum() == 0) {
            throw new IllegalArgumentException("A charge is more than nothing");
        }
    }

    /** Amount plus fee, in rupees. */
    public BigDecimal total() {
        return amount.add(processingFee);
    }

    /**
     * Amount plus fee in paise, rounded half up.
     *
     * @throws ArithmeticException when it does not fit a {@code long}
     */
    public long inPaise() {
        return total().multiply(PAISE_PER_RUPEE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
