package com.skillconnect.identity.domain;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserActivated;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A user's account: e-mail, role, password hash and the state of its one-time passwords and login
 * throttle. It is created pending and becomes active once its e-mail is verified (or at once when
 * Google vouches for the e-mail). Every rule of the account lives here; callers learn outcomes from
 * return values, so that failed attempts are recorded even when the caller answers with an error.
 */
@AggregateRoot
public class UserAccount {

    @Identity
    private final UserId id;
    private final EmailAddress email;
    private final Instant createdAt;
    private Role role;
    private String passwordHash;
    private AccountStatus status;
    private boolean firstLogin;
    private Instant activatedAt;
    private OneTimePassword registrationOtp;
    private OneTimePassword passwordResetOtp;
    private OtpMailQuota otpMailQuota;
    private LoginThrottle loginThrottle;
    private final transient List<Object> events = new ArrayList<>();

    /** Rebuilds an account from storage; no rule is checked and no event raised. */
    public UserAccount(UserId id, EmailAddress email, Instant createdAt, Role role, String passwordHash,
            AccountStatus status, boolean firstLogin, Instant activatedAt, OneTimePassword registrationOtp,
            OneTimePassword passwordResetOtp, OtpMailQuota otpMailQuota, LoginThrottle loginThrottle) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = passwordHash;
        this.status = Objects.requireNonNull(status);
        this.firstLogin = firstLogin;
        this.activatedAt = activatedAt;
        this.registrationOtp = registrationOtp;
        this.passwordResetOtp = passwordResetOtp;
        this.otpMailQuota = otpMailQuota == null ? OtpMailQuota.none() : otpMailQuota;
        this.loginThrottle = loginThrottle == null ? LoginThrottle.clear() : loginThrottle;
    }

    /** A new pending account and the code to mail for its verification. */
    public record Registration(UserAccount account, String otpCode) {
    }

    public static Registration registerPending(UserId id, EmailAddress email, String passwordHash, Role role,
            Instant now, SecretHasher hasher) {
        UserAccount account = new UserAccount(id, email, now, role, Objects.requireNonNull(passwordHash),
                AccountStatus.PENDING, true, null, null, null, OtpMailQuota.none(), LoginThrottle.clear());
        return new Registration(account, account.issueRegistrationOtp(now, hasher));
    }

    /** Google vouched for the e-mail: the account is active at once and has no password. */
    public static UserAccount activatedByGoogle(UserId id, EmailAddress email, Role role, Instant now) {
        UserAccount account = new UserAccount(id, email, now, role, null, AccountStatus.PENDING, true, null,
                null, null, OtpMailQuota.none(), LoginThrottle.clear());
        account.activate(now);
        return account;
    }

    /** Registering again while pending replaces the password, the role and the code. */
    public String restartRegistration(String newPasswordHash, Role newRole, Instant now, SecretHasher hasher) {
        requirePending();
        Objects.requireNonNull(newPasswordHash);
        Objects.requireNonNull(newRole);
        // the code first: when the mail quota refuses it, the account must stay as it was
        String code = issueRegistrationOtp(now, hasher);
        this.passwordHash = newPasswordHash;
        this.role = newRole;
        return code;
    }

    public String issueRegistrationOtp(Instant now, SecretHasher hasher) {
        requirePending();
        OneTimePassword.Issued issued = issueOtp(now, hasher);
        registrationOtp = issued.otp();
        return issued.code();
    }

    /** Checks the registration code; a valid one activates the account, a wrong one is counted. */
    public OneTimePassword.Check verifyRegistration(String code, Instant now, SecretHasher hasher) {
        requirePending();
        if (registrationOtp == null) {
            return OneTimePassword.Check.EXHAUSTED;
        }
        OneTimePassword.Check check = registrationOtp.check(code, now, hasher);
        switch (check) {
            case VALID -> activate(now);
            case INVALID -> registrationOtp = registrationOtp.withFailedAttempt();
            default -> { }
        }
        return check;
    }

    /** Google vouched for a pending account's e-mail: it becomes active, and the unverified password is dropped. */
    public void completeRegistrationWithGoogle(Role chosenRole, Instant now) {
        requirePending();
        if (chosenRole != null) {
            role = chosenRole;
        }
        passwordHash = null;
        activate(now);
    }

    public LoginOutcome logIn(String password, Instant now, SecretHasher hasher) {
        if (loginThrottle.isLockedAt(now)) {
            return LoginOutcome.LOCKED;
        }
        if (passwordHash == null || password == null || !hasher.matches(password, passwordHash)) {
            loginThrottle = loginThrottle.failedAt(now);
            return LoginOutcome.WRONG_PASSWORD;
        }
        if (status != AccountStatus.ACTIVE) {
            return LoginOutcome.NOT_VERIFIED;
        }
        loginThrottle = LoginThrottle.clear();
        return LoginOutcome.SUCCESS;
    }

    public String issuePasswordResetOtp(Instant now, SecretHasher hasher) {
        requireActive();
        OneTimePassword.Issued issued = issueOtp(now, hasher);
        passwordResetOtp = issued.otp();
        return issued.code();
    }

    /**
     * Checks a password-reset code without using it up; a wrong one is counted. With no code issued
     * (never requested, or already used) any code is simply invalid.
     */
    public OneTimePassword.Check checkPasswordResetOtp(String code, Instant now, SecretHasher hasher) {
        if (passwordResetOtp == null) {
            return OneTimePassword.Check.INVALID;
        }
        OneTimePassword.Check check = passwordResetOtp.check(code, now, hasher);
        if (check == OneTimePassword.Check.INVALID) {
            passwordResetOtp = passwordResetOtp.withFailedAttempt();
        }
        return check;
    }

    /** Sets a new password if the reset code is valid; the code is then used up and the login throttle cleared. */
    public OneTimePassword.Check resetPassword(String code, String newPasswordHash, Instant now, SecretHasher hasher) {
        OneTimePassword.Check check = checkPasswordResetOtp(code, now, hasher);
        if (check == OneTimePassword.Check.VALID) {
            passwordHash = Objects.requireNonNull(newPasswordHash);
            passwordResetOtp = null;
            loginThrottle = LoginThrottle.clear();
        }
        return check;
    }

    public void markFirstLogin(boolean firstLogin) {
        this.firstLogin = firstLogin;
    }

    public boolean canSendOtpAt(Instant now) {
        return otpMailQuota.allowsAnotherAt(now);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** The domain events raised since the last call, in order; the caller publishes them. */
    public List<Object> pullEvents() {
        List<Object> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    private OneTimePassword.Issued issueOtp(Instant now, SecretHasher hasher) {
        if (!otpMailQuota.allowsAnotherAt(now)) {
            throw new TooManyAttempts("Too many codes requested. Try again later.", otpMailQuota.retryAfter(now));
        }
        otpMailQuota = otpMailQuota.recordSendAt(now);
        return OneTimePassword.issue(now, hasher);
    }

    private void activate(Instant now) {
        status = AccountStatus.ACTIVE;
        activatedAt = now;
        registrationOtp = null;
        events.add(new UserActivated(id, email.value(), role, now));
    }

    private void requirePending() {
        if (status != AccountStatus.PENDING) {
            throw new AccountAlreadyVerified();
        }
    }

    private void requireActive() {
        if (status != AccountStatus.ACTIVE) {
            throw new IllegalStateException("Account " + id + " is not active");
        }
    }

    public UserId id() { return id; }
    public EmailAddress email() { return email; }
    public Instant createdAt() { return createdAt; }
    public Role role() { return role; }
    public String passwordHash() { return passwordHash; }
    public AccountStatus status() { return status; }
    public boolean firstLogin() { return firstLogin; }
    public Instant activatedAt() { return activatedAt; }
    public OneTimePassword registrationOtp() { return registrationOtp; }
    public OneTimePassword passwordResetOtp() { return passwordResetOtp; }
    public OtpMailQuota otpMailQuota() { return otpMailQuota; }
    public LoginThrottle loginThrottle() { return loginThrottle; }
}
