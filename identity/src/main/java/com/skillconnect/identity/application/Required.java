package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.kernel.Violations;

/** The fields a use case cannot do without: a missing or blank one is recorded as {@link IdentityCode#REQUIRED}. */
final class Required {

    private Required() {
    }

    /** Records {@code field} as required unless {@code value} has some text; answers whether it has. */
    static boolean text(Violations violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.at(field).add(IdentityCode.REQUIRED);
            return false;
        }
        return true;
    }

    /** Throws the fields (named in pairs: field, value) that were not sent. */
    static void fields(String... fieldsAndValues) {
        Violations violations = new Violations();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            text(violations, fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        violations.throwIfAny();
    }
}
