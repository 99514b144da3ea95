package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.kernel.Violations;
import java.util.Optional;

/** Reads a role from a request the way DRF's choice field does. */
final class Roles {

    private Roles() {
    }

    /** The role sent, if any; records {@code REQUIRED} or {@code NOT_A_CHOICE} (with the text sent) at {@code violations}' path. */
    static Optional<Role> parse(String raw, Violations violations, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                violations.add(IdentityCode.REQUIRED);
            }
            return Optional.empty();
        }
        Optional<Role> role = Role.parse(raw);
        if (role.isEmpty()) {
            violations.add(IdentityCode.NOT_A_CHOICE, raw);
        }
        return role;
    }
}
