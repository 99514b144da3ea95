package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.IdentityMetrics;
import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailer;
import com.skillconnect.identity.domain.PasswordPolicy;
import com.skillconnect.identity.domain.RefreshTokens;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten password: mail a code, check it, and set a new password with it. */
@Service
public class PasswordReset {

    private final UserAccounts accounts;
    private final RefreshTokens refreshTokens;
    private final SecretHasher hasher;
    private final OtpMailer mailer;
    private final PasswordPolicy passwordPolicy;
    private final ClientMailLimiter clientLimiter;
    private final AccessTokenValidity accessTokens;
    private final IdentityMetrics metrics;
    private final Clock clock;

    PasswordReset(UserAccounts accounts, RefreshTokens refreshTokens, SecretHasher hasher, OtpMailer mailer,
            PasswordPolicy passwordPolicy, ClientMailLimiter clientLimiter,
            AccessTokenValidity accessTokens, IdentityMetrics metrics, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.mailer = mailer;
        this.passwordPolicy = passwordPolicy;
        this.clientLimiter = clientLimiter;
        this.accessTokens = accessTokens;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Mails a reset code; counted against the client's limit of code-mailing requests first. */
    @Transactional
    public void requestCode(String rawEmail, String client) {
        clientLimiter.acquire(client);
        UserAccount account = activeAccount(rawEmail, false);
        String code = account.issuePasswordResetOtp(clock.instant(), hasher);
        accounts.save(account);
        mailer.sendPasswordResetCode(account.email(), code);
        metrics.otpMailed();
    }

    /** Checks the code without using it up (the reset itself needs it again). */
    @Transactional(noRollbackFor = {RuleViolationException.class, TooManyAttempts.class})
    public void verifyCode(String rawEmail, String code) {
        Required.fields("email", rawEmail, "otp", code);
        UserAccount account = activeAccount(rawEmail, true);
        OneTimePassword.Check check = account.checkPasswordResetOtp(code.trim(), clock.instant(), hasher);
        accounts.save(account);
        OtpErrors.throwUnlessValid(check);
    }

    /**
     * Sets the new password; the code is used up, every refresh token of the account revoked and every
     * access token issued until now refused. The account stays locked while the code is checked.
     */
    @Transactional(noRollbackFor = {RuleViolationException.class, TooManyAttempts.class})
    public void resetPassword(String rawEmail, String code, String newPassword) {
        Violations violations = new Violations();
        Required.text(violations, "email", rawEmail);
        Required.text(violations, "otp", code);
        passwordPolicy.check(newPassword, violations.at("newPassword"));
        violations.throwIfAny();
        String newPasswordHash = hasher.hash(newPassword);
        UserAccount account = activeAccount(rawEmail, true);
        Instant now = clock.instant();
        OneTimePassword.Check check = account.resetPassword(code.trim(), newPasswordHash, now, hasher);
        accounts.save(account);
        OtpErrors.throwUnlessValid(check);
        refreshTokens.revokeAllOf(account.id(), now);
        accessTokens.ended(account.id(), account.accessTokensValidAfter());
    }

    private UserAccount activeAccount(String rawEmail, boolean forUpdate) {
        // a disposable address that registered before it was listed may still reset its password
        Violations violations = new Violations();
        EmailAddress email = violations.at("email").take(EmailAddress.read(rawEmail));
        violations.throwIfAny();
        return (forUpdate ? accounts.findByEmailForUpdate(email) : accounts.findByEmail(email)).filter(UserAccount::isActive)
                .orElseThrow(() -> new RuleViolationException(Violation.of("email", IdentityCode.NO_ACTIVE_ACCOUNT)));
    }
}
