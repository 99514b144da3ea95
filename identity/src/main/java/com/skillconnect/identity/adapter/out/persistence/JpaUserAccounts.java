package com.skillconnect.identity.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.LoginThrottle;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailQuota;
import com.skillconnect.identity.domain.PendingRegistration;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.spring.RecordedEvents;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link UserAccounts} on PostgreSQL: maps the aggregate to its row and back, and publishes the events it raised. */
@Component
class JpaUserAccounts implements UserAccounts {

    private final UserAccountJpaRepository rows;
    private final RecordedEvents events;

    JpaUserAccounts(UserAccountJpaRepository rows, RecordedEvents events) {
        this.rows = rows;
        this.events = events;
    }

    @Override
    public UserId nextId() {
        return new UserId(rows.nextId());
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return rows.findById(id.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> findByIdForUpdate(UserId id) {
        return rows.lockById(id.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> findByEmailForUpdate(EmailAddress email) {
        return rows.lockByEmail(email.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public Optional<Instant> accessTokensValidAfter(UserId id) {
        return rows.accessTokensValidAfter(id.value());
    }

    @Override
    public UserAccount save(UserAccount account) {
        UserAccountEntity row = rows.findById(account.id().value()).orElseGet(UserAccountEntity::new);
        boolean isNew = row.id == null;
        copy(account, row);
        if (isNew) {
            rows.save(row);
        }
        // Conflicts (the same e-mail registered twice at once, a concurrent change of the account) surface
        // here, before the caller mails a code that would never be stored, and not at commit.
        rows.flush();
        return events.publishFrom(account);
    }

    private static void copy(UserAccount account, UserAccountEntity row) {
        row.id = account.id().value();
        row.email = account.email().value();
        row.createdAt = account.createdAt();
        row.role = account.role();
        row.passwordHash = account.passwordHash();
        row.status = account.status();
        row.firstLogin = account.firstLogin();
        row.activatedAt = account.activatedAt();
        row.pendingRegistrations.clear();
        account.pendingRegistrations().forEach(registration -> row.pendingRegistrations.add(row(registration)));
        OneTimePassword reset = account.passwordResetOtp();
        row.resetOtpHash = reset == null ? null : reset.hash();
        row.resetOtpExpiresAt = reset == null ? null : reset.expiresAt();
        row.resetOtpFailedAttempts = reset == null ? 0 : reset.failedAttempts();
        row.otpWindowStart = account.otpMailQuota().windowStart();
        row.otpSentInWindow = account.otpMailQuota().sent();
        row.failedLogins = account.loginThrottle().consecutiveFailures();
        row.lockedUntil = account.loginThrottle().lockedUntil();
        row.accessTokensValidAfter = account.accessTokensValidAfter();
    }

    private static PendingRegistrationRow row(PendingRegistration registration) {
        PendingRegistrationRow row = new PendingRegistrationRow();
        row.passwordHash = registration.passwordHash();
        row.role = registration.role();
        row.otpHash = registration.otp().hash();
        row.otpExpiresAt = registration.otp().expiresAt();
        row.otpFailedAttempts = registration.otp().failedAttempts();
        return row;
    }

    private static UserAccount toDomain(UserAccountEntity row) {
        return new UserAccount(new UserId(row.id), new EmailAddress(row.email), row.createdAt, row.role,
                row.passwordHash, row.status, row.firstLogin, row.activatedAt,
                row.pendingRegistrations.stream().map(r -> new PendingRegistration(r.passwordHash, r.role,
                        new OneTimePassword(r.otpHash, r.otpExpiresAt, r.otpFailedAttempts))).toList(),
                otp(row.resetOtpHash, row.resetOtpExpiresAt, row.resetOtpFailedAttempts),
                new OtpMailQuota(row.otpWindowStart, row.otpSentInWindow),
                new LoginThrottle(row.failedLogins, row.lockedUntil), row.accessTokensValidAfter);
    }

    private static OneTimePassword otp(String hash, Instant expiresAt, int failedAttempts) {
        return hash == null ? null : new OneTimePassword(hash, expiresAt, failedAttempts);
    }
}
