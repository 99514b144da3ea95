package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.domain.AccountAlreadyVerified;
import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.EmailPolicy;
import com.skillconnect.identity.domain.IdentityMetrics;
import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailer;
import com.skillconnect.identity.domain.PasswordPolicy;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up by e-mail: register, verify the mailed code, or have a new code sent. */
@Service
public class Registration {

    private final UserAccounts accounts;
    private final SecretHasher hasher;
    private final OtpMailer mailer;
    private final EmailPolicy emailPolicy;
    private final PasswordPolicy passwordPolicy;
    private final SessionIssuer sessions;
    private final ClientMailLimiter clientLimiter;
    private final IdentityMetrics metrics;
    private final Clock clock;

    Registration(UserAccounts accounts, SecretHasher hasher, OtpMailer mailer, EmailPolicy emailPolicy,
            PasswordPolicy passwordPolicy, SessionIssuer sessions, ClientMailLimiter clientLimiter, IdentityMetrics metrics, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.mailer = mailer;
        this.emailPolicy = emailPolicy;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.clientLimiter = clientLimiter;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Starts a registration, or adds one to a pending account (with its own password, role and code);
     * either way a fresh code is mailed. Only hashes of the password and the code are stored. Counted
     * against the client's limit of code-mailing requests first.
     */
    @Transactional
    public void register(String rawEmail, String password, String rawRole, String client) {
        clientLimiter.acquire(client);
        Violations violations = new Violations();
        EmailAddress email = violations.at("email").take(emailPolicy.admit(rawEmail));
        Optional<UserAccount> existing = email == null ? Optional.empty() : accounts.findByEmail(email);
        if (existing.filter(UserAccount::isActive).isPresent()) {
            violations.at("email").add(IdentityCode.EMAIL_TAKEN);
        }
        passwordPolicy.check(password, violations.at("password"));
        Optional<Role> role = Roles.parse(rawRole, violations.at("role"), true);
        violations.throwIfAny();

        Instant now = clock.instant();
        String passwordHash = hasher.hash(password);
        UserAccount account;
        String code;
        if (existing.isPresent()) {
            account = existing.get();
            code = account.registerAgain(passwordHash, role.orElseThrow(), now, hasher);
        } else {
            UserAccount.Registration registration = UserAccount.registerPending(accounts.nextId(),
                    email, passwordHash, role.orElseThrow(), now, hasher);
            account = registration.account();
            code = registration.otpCode();
        }
        accounts.save(account);
        mailer.sendRegistrationCode(account.email(), code);
        metrics.registered();
        metrics.otpMailed();
    }

    /**
     * Verifies the mailed code; a valid one activates the account (with the password and role of the
     * registration it was mailed for) and signs the user in. The account stays locked while the code is
     * checked, so that parallel guesses are counted one after the other.
     */
    @Transactional(noRollbackFor = {RuleViolationException.class, TooManyAttempts.class})
    public AuthenticatedSession verify(String rawEmail, String code) {
        Required.fields("email", rawEmail, "otp", code);
        UserAccount account = pendingAccount(rawEmail, true);
        Instant now = clock.instant();
        OneTimePassword.Check check = account.verifyRegistration(code.trim(), now, hasher);
        accounts.save(account);
        OtpErrors.throwUnlessValid(check);
        return sessions.open(account, now);
    }

    /** Mails a new code for a pending registration; the previous code stops working. */
    @Transactional
    public void resendCode(String rawEmail, String client) {
        clientLimiter.acquire(client);
        Required.fields("email", rawEmail);
        UserAccount account = pendingAccount(rawEmail, false);
        String code = account.issueRegistrationOtp(clock.instant(), hasher);
        accounts.save(account);
        mailer.sendRegistrationCode(account.email(), code);
        metrics.otpMailed();
    }

    private UserAccount pendingAccount(String rawEmail, boolean forUpdate) {
        String email = EmailAddress.normalise(rawEmail);
        UserAccount account = !EmailAddress.isValid(email) ? null : forUpdate
                ? accounts.findByEmailForUpdate(new EmailAddress(email)).orElse(null)
                : accounts.findByEmail(new EmailAddress(email)).orElse(null);
        if (account == null) {
            throw new RuleViolationException(Violation.of("email", IdentityCode.ACCOUNT_UNKNOWN));
        }
        if (account.isActive()) {
            throw new AccountAlreadyVerified();
        }
        return account;
    }
}
