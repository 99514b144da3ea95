package com.skillconnect.talent.domain;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What talent knows of identity's users: who activated an account, i.e. verified their e-mail. */
@SecondaryPort
public interface KnownUsers {

    /** Records an activated account; recording the same activation again changes nothing. */
    void activated(UserId userId, String email, Role role, Instant activatedAt);
}
