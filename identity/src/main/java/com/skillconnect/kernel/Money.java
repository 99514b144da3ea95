package com.skillconnect.kernel;

import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money as a form states it (a profile's hourly rate or budget, a gig's price, a proposal's
 * budget): not negative, at most 2 decimal places and 12 digits (numeric(12, 2)). Shared by the modules
 * as a value; it carries no currency (the API has none).
 */
@ValueObject
public record Money(BigDecimal amount) {

    public static final int DECIMALS = 2;
    public static final int DIGITS = 12;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(DIGITS - DECIMALS);

    public Money {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > DECIMALS || amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("Not an amount: " + amount);
        }
        amount = amount.stripTrailingZeros();
        amount = amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** Any amount from 0: {@link CommonCode#NOT_A_NUMBER}, {@code TOO_SMALL 0}, {@code TOO_MANY_DECIMALS 2}, {@code TOO_MANY_DIGITS 12}. */
    public static Parsed<Money> parse(String text) {
        return parseAtLeast(text, BigDecimal.ZERO, 0);
    }

    /**
     * An amount of at least {@code minimum} (a gig's price: {@code parseAtLeast(text, new BigDecimal("1"), 1)}):
     * below it is {@link CommonCode#TOO_SMALL} with {@code shownMinimum} as its argument, the rest as {@link #parse}.
     */
    public static Parsed<Money> parseAtLeast(String text, BigDecimal minimum, Object shownMinimum) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Parsed.refused(CommonCode.NOT_A_NUMBER);
        }
        if (amount.compareTo(minimum) < 0) {
            return Parsed.refused(CommonCode.TOO_SMALL, shownMinimum);
        }
        if (amount.stripTrailingZeros().scale() > DECIMALS) {
            return Parsed.refused(CommonCode.TOO_MANY_DECIMALS, DECIMALS);
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return Parsed.refused(CommonCode.TOO_MANY_DIGITS, DIGITS);
        }
        return Parsed.of(new Money(amount));
    }
}
