package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.EmailPolicy;
import com.skillconnect.identity.domain.IdentityMetrics;
import com.skillconnect.identity.domain.IdentityRuleViolation;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailer;
import com.skillconnect.identity.domain.PasswordPolicy;
import com.skillconnect.identity.domain.RefreshTokens;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten password: mail a code, check it, and set a new password with it. */
@Service
public class PasswordReset {

    static final String NO_SUCH_USER = "No user is registered with this email.";

    private final UserAccounts accounts;
    private final RefreshTokens refreshTokens;
    private final SecretHasher hasher;
    private final OtpMailer mailer;
    private final EmailPolicy emailPolicy;
    private final PasswordPolicy passwordPolicy;
    private final ClientMailLimiter clientLimiter;
    private final AccessTokenValidity accessTokens;
    private final IdentityMetrics metrics;
    private final Clock clock;

    PasswordReset(UserAccounts accounts, RefreshTokens refreshTokens, SecretHasher hasher, OtpMailer mailer,
            EmailPolicy emailPolicy, PasswordPolicy passwordPolicy, ClientMailLimiter clientLimiter,
            AccessTokenValidity accessTokens, IdentityMetrics metrics, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.mailer = mailer;
        this.emailPolicy = emailPolicy;
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
    @Transactional(noRollbackFor = {IdentityRuleViolation.class, TooManyAttempts.class})
    public void verifyCode(String rawEmail, String code) {
        new FieldErrors().required("email", rawEmail).required("otp", code).throwIfAny();
        UserAccount account = activeAccount(rawEmail, true);
        OneTimePassword.Check check = account.checkPasswordResetOtp(code.trim(), clock.instant(), hasher);
        accounts.save(account);
        OtpErrors.throwUnlessValid(check);
    }

    /**
     * Sets the new password; the code is used up, every refresh token of the account revoked and every
     * access token issued until now refused. The account stays locked while the code is checked.
     */
    @Transactional(noRollbackFor = {IdentityRuleViolation.class, TooManyAttempts.class})
    public void resetPassword(String rawEmail, String code, String newPassword) {
        new FieldErrors().required("email", rawEmail).required("otp", code)
                .add("new_password", passwordPolicy.violations(newPassword)).throwIfAny();
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
        new FieldErrors().add("email", emailPolicy.violations(rawEmail).stream()
                .filter(message -> !message.equals(EmailPolicy.DISPOSABLE)).toList()).throwIfAny();
        EmailAddress email = EmailAddress.parse(rawEmail);
        return (forUpdate ? accounts.findByEmailForUpdate(email) : accounts.findByEmail(email)).filter(UserAccount::isActive)
                .orElseThrow(() -> IdentityRuleViolation.of("email", NO_SUCH_USER));
    }
}
