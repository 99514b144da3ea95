package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.Violation;
import java.util.Objects;

/**
 * A module's unique constraint and the rule a request breaks when it hits it (two concurrent requests
 * both passed the "not taken yet" check). A module declares one bean per constraint, e.g. in its
 * persistence adapter; {@link UniqueConstraints} collects them.
 *
 * @param name      the constraint's name in the database ({@code freelancer_user_id_key})
 * @param violation the rule, worded by the module's {@code ViolationMessages}
 */
public record UniqueConstraint(String name, Violation violation) {

    public UniqueConstraint {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A unique constraint has a name");
        }
        Objects.requireNonNull(violation);
    }
}
