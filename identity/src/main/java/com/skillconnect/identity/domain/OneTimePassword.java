package com.skillconnect.identity.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A six-digit code mailed to a user, of which only the hash is kept. It expires after
 * {@link #VALIDITY}, works once, and dies after {@link #MAX_FAILED_ATTEMPTS} wrong guesses.
 */
@ValueObject
public record OneTimePassword(String hash, Instant expiresAt, int failedAttempts) {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_FAILED_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A freshly issued code: the plain code goes into the mail, the OTP (its hash) into the account. */
    public record Issued(OneTimePassword otp, String code) {
    }

    public enum Check { VALID, INVALID, EXPIRED, EXHAUSTED }

    public static Issued issue(Instant now, SecretHasher hasher) {
        // Locale.ROOT: under e.g. an Arabic or Persian default locale %d would print non-ASCII digits
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        return new Issued(new OneTimePassword(hasher.hash(code), now.plus(VALIDITY), 0), code);
    }

    public static boolean looksLikeACode(String candidate) {
        return candidate != null && candidate.matches("\\d{6}");
    }

    public Check check(String candidate, Instant now, SecretHasher hasher) {
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            return Check.EXHAUSTED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        return looksLikeACode(candidate) && hasher.matches(candidate, hash) ? Check.VALID : Check.INVALID;
    }

    public OneTimePassword withFailedAttempt() {
        return new OneTimePassword(hash, expiresAt, failedAttempts + 1);
    }
}
