package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.domain.AccountAlreadyVerified;
import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.EmailPolicy;
import com.skillconnect.identity.domain.IdentityRuleViolation;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailer;
import com.skillconnect.identity.domain.PasswordPolicy;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up by e-mail: register, verify the mailed code, or have a new code sent. */
@Service
public class Registration {

    static final String ALREADY_REGISTERED = "This email is already registered.";
    static final String NO_SUCH_USER = "User with this email does not exist.";

    private final UserAccounts accounts;
    private final SecretHasher hasher;
    private final OtpMailer mailer;
    private final EmailPolicy emailPolicy;
    private final PasswordPolicy passwordPolicy;
    private final SessionIssuer sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(UserAccounts accounts, SecretHasher hasher, OtpMailer mailer, EmailPolicy emailPolicy,
            PasswordPolicy passwordPolicy, SessionIssuer sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.mailer = mailer;
        this.emailPolicy = emailPolicy;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a registration, or restarts a pending one with the new password and role; either way a
     * fresh code is mailed. Only hashes of the password and the code are stored.
     */
    @Transactional
    public void register(String rawEmail, String password, String rawRole) {
        FieldErrors errors = new FieldErrors().add("email", emailPolicy.violations(rawEmail));
        Optional<UserAccount> existing = errors.has("email") ? Optional.empty() : accounts.findByEmail(EmailAddress.parse(rawEmail));
        if (existing.filter(UserAccount::isActive).isPresent()) {
            errors.add("email", ALREADY_REGISTERED);
        }
        errors.add("password", passwordPolicy.violations(password));
        Optional<Role> role = Roles.parse(rawRole, "role", errors, true);
        errors.throwIfAny();

        Instant now = clock.instant();
        String passwordHash = hasher.hash(password);
        UserAccount account;
        String code;
        if (existing.isPresent()) {
            account = existing.get();
            code = account.restartRegistration(passwordHash, role.orElseThrow(), now, hasher);
        } else {
            UserAccount.Registration registration = UserAccount.registerPending(accounts.nextId(),
                    EmailAddress.parse(rawEmail), passwordHash, role.orElseThrow(), now, hasher);
            account = registration.account();
            code = registration.otpCode();
        }
        accounts.save(account);
        mailer.sendRegistrationCode(account.email(), code);
    }

    /** Verifies the mailed code; a valid one activates the account and signs the user in. */
    @Transactional(noRollbackFor = {IdentityRuleViolation.class, TooManyAttempts.class})
    public AuthenticatedSession verify(String rawEmail, String code) {
        new FieldErrors().required("email", rawEmail).required("otp", code).throwIfAny();
        UserAccount account = pendingAccount(rawEmail);
        Instant now = clock.instant();
        OneTimePassword.Check check = account.verifyRegistration(code.trim(), now, hasher);
        accounts.save(account);
        OtpErrors.throwUnlessValid(check);
        account.pullEvents().forEach(events::publishEvent);
        return sessions.open(account, now);
    }

    /** Mails a new code for a pending registration; the previous code stops working. */
    @Transactional
    public void resendCode(String rawEmail) {
        new FieldErrors().required("email", rawEmail).throwIfAny();
        UserAccount account = pendingAccount(rawEmail);
        String code = account.issueRegistrationOtp(clock.instant(), hasher);
        accounts.save(account);
        mailer.sendRegistrationCode(account.email(), code);
    }

    private UserAccount pendingAccount(String rawEmail) {
        String email = EmailAddress.normalise(rawEmail);
        UserAccount account = EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email)).orElse(null) : null;
        if (account == null) {
            throw IdentityRuleViolation.of("email", NO_SUCH_USER);
        }
        if (account.isActive()) {
            throw new AccountAlreadyVerified();
        }
        return account;
    }
}
