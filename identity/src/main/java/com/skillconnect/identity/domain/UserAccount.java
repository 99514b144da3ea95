package com.skillconnect.identity.domain;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserActivated;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A user's account: e-mail, role, password hash and the state of its one-time passwords and login
 * throttle. It is created pending and becomes active once its e-mail is verified (or at once when
 * Google vouches for the e-mail). While pending, every registration keeps its own password and role
 * bound to its own code ({@link PendingRegistration}); the code that is verified decides which take
 * effect. Every rule of the account lives here; callers learn outcomes from return values, so that
 * failed attempts are recorded even when the caller answers with an error.
 */
@AggregateRoot
public class UserAccount extends EventRecordingAggregate {

    @Identity
    private final UserId id;
    private final EmailAddress email;
    private final Instant createdAt;
    private Role role;
    private String passwordHash;
    private AccountStatus status;
    private boolean firstLogin;
    private Instant activatedAt;
    private final List<PendingRegistration> pendingRegistrations = new ArrayList<>();
    private OneTimePassword passwordResetOtp;
    private OtpMailQuota otpMailQuota;
    private LoginThrottle loginThrottle;
    private Instant accessTokensValidAfter;

    /** Rebuilds an account from storage; no rule is checked and no event raised. */
    public UserAccount(UserId id, EmailAddress email, Instant createdAt, Role role, String passwordHash,
            AccountStatus status, boolean firstLogin, Instant activatedAt, List<PendingRegistration> pendingRegistrations,
            OneTimePassword passwordResetOtp, OtpMailQuota otpMailQuota, LoginThrottle loginThrottle,
            Instant accessTokensValidAfter) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = passwordHash;
        this.status = Objects.requireNonNull(status);
        this.firstLogin = firstLogin;
        this.activatedAt = activatedAt;
        if (pendingRegistrations != null) {
            this.pendingRegistrations.addAll(pendingRegistrations);
        }
        this.accessTokensValidAfter = accessTokensValidAfter;
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
                AccountStatus.PENDING, true, null, List.of(), null, OtpMailQuota.none(), LoginThrottle.clear(), null);
        return new Registration(account, account.registerAgain(passwordHash, role, now, hasher));
    }

    /** Google vouched for the e-mail: the account is active at once and has no password. */
    public static UserAccount activatedByGoogle(UserId id, EmailAddress email, Role role, Instant now) {
        UserAccount account = new UserAccount(id, email, now, role, null, AccountStatus.PENDING, true, null,
                List.of(), null, OtpMailQuota.none(), LoginThrottle.clear(), null);
        account.activate(now);
        return account;
    }

    /**
     * Registering again while pending adds a registration with its own password, role and code; the
     * earlier ones keep theirs until their codes expire. Which password and role the account gets is
     * decided by the code that is verified, never by the last registration.
     */
    public String registerAgain(String passwordHash, Role role, Instant now, SecretHasher hasher) {
        requirePending();
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(role);
        // the code first: when the mail quota refuses it, the account must stay as it was
        OneTimePassword.Issued issued = issueOtp(now, hasher);
        pendingRegistrations.removeIf(registration -> !registration.isLiveAt(now));
        while (pendingRegistrations.size() >= OtpMailQuota.MAX_PER_WINDOW) {
            pendingRegistrations.remove(0);
        }
        pendingRegistrations.add(new PendingRegistration(passwordHash, role, issued.otp()));
        return issued.code();
    }

    /** A fresh code for the latest registration; its previous code stops working, earlier registrations keep theirs. */
    public String issueRegistrationOtp(Instant now, SecretHasher hasher) {
        requirePending();
        if (pendingRegistrations.isEmpty()) {
            throw new IllegalStateException("Account " + id + " has no pending registration");
        }
        OneTimePassword.Issued issued = issueOtp(now, hasher);
        int latest = pendingRegistrations.size() - 1;
        pendingRegistrations.set(latest, pendingRegistrations.get(latest).withOtp(issued.otp()));
        return issued.code();
    }

    /**
     * Checks a registration code against every registration whose code can still be tried. The one it
     * matches activates the account with that registration's password and role; a wrong code is counted
     * against each code it was checked against. With no code left to try, the answer is the latest
     * registration's (expired or exhausted).
     */
    public OneTimePassword.Check verifyRegistration(String code, Instant now, SecretHasher hasher) {
        requirePending();
        List<PendingRegistration> live = pendingRegistrations.stream().filter(r -> r.isLiveAt(now)).toList();
        if (live.isEmpty()) {
            return pendingRegistrations.isEmpty() ? OneTimePassword.Check.EXHAUSTED
                    : pendingRegistrations.getLast().otp().check(code, now, hasher);
        }
        for (PendingRegistration registration : live) {
            if (registration.otp().check(code, now, hasher) == OneTimePassword.Check.VALID) {
                passwordHash = registration.passwordHash();
                role = registration.role();
                activate(now);
                return OneTimePassword.Check.VALID;
            }
        }
        pendingRegistrations.replaceAll(r -> live.contains(r) ? r.withOtp(r.otp().withFailedAttempt()) : r);
        return OneTimePassword.Check.INVALID;
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

    /** A whole login attempt by a client with earlier failures on this account. */
    public LoginOutcome logIn(String password, Instant now, SecretHasher hasher) {
        if (!admitLogin(now, false)) {
            return LoginOutcome.LOCKED;
        }
        return finishLogin(passwordMatches(password, hasher), now);
    }

    /**
     * First half of a login: counts the attempt before the password is checked, so that attempts made
     * at the same time are all counted and at most the allowed number is ever checked. False when the
     * account is locked for this client (see {@link LoginThrottle#admit}).
     */
    public boolean admitLogin(Instant now, boolean clientWithoutRecentFailures) {
        return loginThrottle.admit(now, clientWithoutRecentFailures).map(admitted -> {
            loginThrottle = admitted;
            return true;
        }).orElse(false);
    }

    /** Whether the password is this account's; the expensive part of a login, done between its two halves. */
    public boolean passwordMatches(String password, SecretHasher hasher) {
        return passwordHash != null && password != null && hasher.matches(password, passwordHash);
    }

    /** Second half of a login admitted by {@link #admitLogin}: a right password clears the throttle. */
    public LoginOutcome finishLogin(boolean passwordMatched, Instant now) {
        if (!passwordMatched) {
            return LoginOutcome.WRONG_PASSWORD;
        }
        loginThrottle = LoginThrottle.clear();
        return status == AccountStatus.ACTIVE ? LoginOutcome.SUCCESS : LoginOutcome.NOT_VERIFIED;
    }

    /**
     * Ends every access token issued until now (logout, password reset). Tokens carry their issue time
     * in whole seconds, so the limit is the next whole second: a token issued before, even within the
     * same second, is older than it, and a token issued from now on is stamped no earlier than it
     * (see {@link #accessTokenIssueTime}).
     */
    public Instant endAccessTokens(Instant now) {
        accessTokensValidAfter = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return accessTokensValidAfter;
    }

    /** The issue time to stamp on an access token made now: never before the account's limit. */
    public Instant accessTokenIssueTime(Instant now) {
        return accessTokensValidAfter != null && now.isBefore(accessTokensValidAfter) ? accessTokensValidAfter : now;
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
            endAccessTokens(now);
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

    private OneTimePassword.Issued issueOtp(Instant now, SecretHasher hasher) {
        if (!otpMailQuota.allowsAnotherAt(now)) {
            throw new TooManyAttempts(TooManyAttempts.Limit.OTP_MAIL_QUOTA, otpMailQuota.retryAfter(now));
        }
        otpMailQuota = otpMailQuota.recordSendAt(now);
        return OneTimePassword.issue(now, hasher);
    }

    private void activate(Instant now) {
        status = AccountStatus.ACTIVE;
        activatedAt = now;
        pendingRegistrations.clear();
        raise(new UserActivated(id, email.value(), role, now));
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
    /** The latest registration's code, if the account is pending. */
    public OneTimePassword registrationOtp() {
        return pendingRegistrations.isEmpty() ? null : pendingRegistrations.getLast().otp();
    }
    public List<PendingRegistration> pendingRegistrations() { return List.copyOf(pendingRegistrations); }
    public Instant accessTokensValidAfter() { return accessTokensValidAfter; }
    public OneTimePassword passwordResetOtp() { return passwordResetOtp; }
    public OtpMailQuota otpMailQuota() { return otpMailQuota; }
    public LoginThrottle loginThrottle() { return loginThrottle; }
}
