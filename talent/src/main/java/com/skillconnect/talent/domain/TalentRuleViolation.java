package com.skillconnect.talent.domain;

import java.util.List;

/**
 * A request broke rules of the talent domain: every {@link Violation} found, each a path and a code.
 * The web adapter renders them as DRF's field errors.
 */
public class TalentRuleViolation extends RuntimeException {

    private final List<Violation> violations;

    public TalentRuleViolation(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    /** One violation about the request as a whole (e.g. {@link Code#PROFILE_EXISTS}). */
    public static TalentRuleViolation nonField(String code) {
        return new TalentRuleViolation(List.of(new Violation(List.of(), code, List.of())));
    }

    public List<Violation> violations() {
        return violations;
    }
}
