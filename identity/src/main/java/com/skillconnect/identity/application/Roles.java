package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import java.util.Optional;

/** Reads a role from a request the way DRF's choice field does. */
final class Roles {

    private Roles() {
    }

    static Optional<Role> parse(String raw, String field, FieldErrors errors, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(field, FieldErrors.REQUIRED);
            }
            return Optional.empty();
        }
        Optional<Role> role = Role.parse(raw);
        if (role.isEmpty()) {
            errors.add(field, "\"" + raw + "\" is not a valid choice.");
        }
        return role;
    }
}
