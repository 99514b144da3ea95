package com.skillconnect.talent.application;

import com.skillconnect.identity.Role;
import com.skillconnect.kernel.NotAllowedException;

/** The one check that a user sets up only the kind of profile their role is for (freelancer or client). */
final class ProfileRoles {

    static final String ONLY_FREELANCERS = "Only freelancers can set up a freelancer profile.";
    static final String ONLY_CLIENTS = "Only users with the client role can create a client profile.";

    private ProfileRoles() {
    }

    /** @throws NotAllowedException when {@code actual} is not {@code needed} */
    static void require(Role needed, Role actual) {
        if (actual != needed) {
            throw new NotAllowedException("profile.role-" + needed.name().toLowerCase(java.util.Locale.ROOT) + "-only",
                    needed == Role.FREELANCER ? ONLY_FREELANCERS : ONLY_CLIENTS);
        }
    }
}
