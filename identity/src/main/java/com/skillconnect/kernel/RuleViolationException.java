package com.skillconnect.kernel;

import java.util.List;

/**
 * A request broke one or more rules of the domain. Carries codes, never HTTP or English: app renders it
 * as 400 with DRF's field errors, worded by the module's {@link ViolationMessages}.
 */
public class RuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A rule violation names at least one broken rule");
        }
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
