package com.skillconnect.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A module's words for its rule violations, implemented by its web adapter (a Spring bean): the request
 * field a violation is about, in the API's spelling ({@code skills_input}, {@code educations_input}),
 * and the English message for its code. app asks every implementation in turn when it renders a
 * {@link RuleViolationException}.
 */
public interface ViolationMessages {

    /** The violation in the API's words, or empty when its code is not this module's. */
    Optional<Worded> word(Violation violation);

    /**
     * @param path    request field names and {@link Violation.Item} positions; empty for the request
     *                as a whole ({@code non_field_errors})
     * @param message the English message
     */
    record Worded(List<Object> path, String message) {
        public Worded {
            path = List.copyOf(path);
        }
    }
}
