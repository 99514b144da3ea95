package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.RuleViolationException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The one place where a violated unique constraint becomes a rule violation (a field error), for every
 * module: each declares its {@link UniqueConstraint} beans, app's error handler asks here before it
 * answers a {@code DataIntegrityViolationException} with a 409.
 */
@Component
public class UniqueConstraints {

    private final List<UniqueConstraint> constraints;

    public UniqueConstraints(List<UniqueConstraint> constraints) {
        this.constraints = List.copyOf(constraints);
    }

    /** The rule the failure broke, when it is a known unique constraint. */
    public Optional<RuleViolationException> translate(DataIntegrityViolationException failure) {
        String named = constraintName(failure);
        String text = String.valueOf(failure.getMostSpecificCause().getMessage());
        return constraints.stream()
                .filter(constraint -> constraint.name().equals(named) || text.contains("\"" + constraint.name() + "\""))
                .findFirst()
                .map(constraint -> new RuleViolationException(constraint.violation()));
    }

    private static String constraintName(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException hibernate && hibernate.getConstraintName() != null) {
                return hibernate.getConstraintName();
            }
        }
        return null;
    }
}
