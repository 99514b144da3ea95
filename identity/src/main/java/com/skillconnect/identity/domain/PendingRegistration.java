package com.skillconnect.identity.domain;

import com.skillconnect.identity.Role;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One registration of a still pending account: the password and role asked for, bound to the code
 * mailed for it. Verifying that code activates the account with exactly these credentials, so that
 * registering the same e-mail again (by its owner or by anyone else) only adds a code and takes
 * nothing over.
 */
@ValueObject
public record PendingRegistration(String passwordHash, Role role, OneTimePassword otp) {

    public PendingRegistration {
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(role);
        Objects.requireNonNull(otp);
    }

    /** Its code can still be tried: not expired, not exhausted. */
    boolean isLiveAt(java.time.Instant now) {
        return otp.failedAttempts() < OneTimePassword.MAX_FAILED_ATTEMPTS && now.isBefore(otp.expiresAt());
    }

    PendingRegistration withOtp(OneTimePassword newOtp) {
        return new PendingRegistration(passwordHash, role, newOtp);
    }
}
