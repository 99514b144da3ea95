package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.domain.GoogleIdentities;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with a Google ID token. A known e-mail signs in (a pending registration is completed, its
 * unverified password dropped); an unknown one needs a role first, and no account is made until it comes.
 */
@Service
public class GoogleSignIn {

    private final GoogleIdentities google;
    private final UserAccounts accounts;
    private final SessionIssuer sessions;
    private final Clock clock;

    GoogleSignIn(GoogleIdentities google, UserAccounts accounts, SessionIssuer sessions,
            Clock clock) {
        this.google = google;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Either a session, or (for a new user who has not chosen a role yet) the request for one. */
    public record Result(AuthenticatedSession session) {

        public boolean needsRole() {
            return session == null;
        }
    }

    @Transactional
    public Result signIn(String idToken, String rawRole) {
        Violations violations = new Violations();
        Required.text(violations, "token", idToken);
        Optional<Role> role = Roles.parse(rawRole, violations.at("role"), false);
        violations.throwIfAny();

        GoogleIdentities.GoogleIdentity identity = google.verify(idToken.trim());
        Instant now = clock.instant();
        Optional<UserAccount> existing = accounts.findByEmail(identity.email());
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
            if (!account.isActive()) {
                account.completeRegistrationWithGoogle(role.orElse(null), now);
            }
        } else if (role.isEmpty()) {
            return new Result(null);
        } else {
            account = UserAccount.activatedByGoogle(accounts.nextId(), identity.email(), role.get(), now);
        }
        accounts.save(account);
        return new Result(sessions.open(account, now));
    }
}
