package com.skillconnect.billing.domain;

import com.skillconnect.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a contract's parties agree on: the amount (INR), the deadline, the terms and the milestones (free text). The
 * contract refuses an amount of zero and a deadline in the past ({@link Contract}).
 */
@ValueObject
public record ContractTerms(Money amount, LocalDate deadline, String terms, String milestones) {

    /** The most characters of the terms and of the milestones. */
    public static final int MAX_TEXT = 10_000;

    public ContractTerms {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(deadline);
        terms = terms == null ? "" : terms;
        milestones = milestones == null ? "" : milestones;
        if (terms.length() > MAX_TEXT || milestones.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Terms and milestones have at most " + MAX_TEXT + " characters");
        }
    }

    /**
     * A change of some of the terms, as the creator sends it (null: unchanged).
     */
    @ValueObject
    public record Change(Money amount, LocalDate deadline, String terms, String milestones) {

        public boolean any() {
            return amount != null || deadline != null || terms != null || milestones != null;
        }

        ContractTerms applyTo(ContractTerms current) {
            return new ContractTerms(amount == null ? current.amount() : amount,
                    deadline == null ? current.deadline() : deadline, terms == null ? current.terms() : terms,
                    milestones == null ? current.milestones() : milestones);
        }
    }
}
