package com.skillconnect.talent.domain;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.ValueObject;

/** An amount of money as a profile states it: not negative, at most 2 decimal places and 12 digits (numeric(12, 2)). */
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

    public static Parsed<Money> parse(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Parsed.refused(CommonCode.NOT_A_NUMBER);
        }
        if (amount.signum() < 0) {
            return Parsed.refused(CommonCode.TOO_SMALL, 0);
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
