package com.skillconnect.identity.domain;

/**
 * The codes of identity's broken rules: what is wrong, never how to say it (the web adapter words them).
 * Arguments, where a code has any, are named in its comment. Every code starts with {@code identity.}:
 * app asks every module's words in turn, so a code must belong to exactly one module.
 */
public final class IdentityCode {

    // ---- any field ----------------------------------------------------------------------------
    /** Not sent, or sent blank, and needed. */
    public static final String REQUIRED = "identity.required";
    /** args[0] (the text sent) is none of the choices. */
    public static final String NOT_A_CHOICE = "identity.not_a_choice";

    // ---- e-mail -------------------------------------------------------------------------------
    /** Not a well-formed e-mail address. */
    public static final String EMAIL_INVALID = "identity.email.invalid";
    /** An address of a disposable-mail service. */
    public static final String EMAIL_DISPOSABLE = "identity.email.disposable";
    /** The address belongs to an active account already. */
    public static final String EMAIL_TAKEN = "identity.email.taken";

    // ---- accounts -----------------------------------------------------------------------------
    /** No account has this address (registration's verify and resend). */
    public static final String ACCOUNT_UNKNOWN = "identity.account.unknown";
    /** No active account has this address (password reset). */
    public static final String NO_ACTIVE_ACCOUNT = "identity.account.none_active";

    // ---- passwords ----------------------------------------------------------------------------
    /** Shorter than args[0] characters. */
    public static final String PASSWORD_TOO_SHORT = "identity.password.too_short";
    /** Longer than args[0] characters. */
    public static final String PASSWORD_TOO_LONG = "identity.password.too_long";
    /** Contains whitespace. */
    public static final String PASSWORD_WHITESPACE = "identity.password.whitespace";
    /** No upper-case letter. */
    public static final String PASSWORD_NO_UPPER = "identity.password.no_upper";
    /** No lower-case letter. */
    public static final String PASSWORD_NO_LOWER = "identity.password.no_lower";
    /** No digit. */
    public static final String PASSWORD_NO_DIGIT = "identity.password.no_digit";
    /** No special character. */
    public static final String PASSWORD_NO_SPECIAL = "identity.password.no_special";
    /** On the list of common passwords. */
    public static final String PASSWORD_COMMON = "identity.password.common";
    /** Reads the same backwards, ignoring case. */
    public static final String PASSWORD_PALINDROME = "identity.password.palindrome";
    /** A character repeated more than args[0] times in a row. */
    public static final String PASSWORD_REPEATS = "identity.password.repeats";

    // ---- one-time passwords -------------------------------------------------------------------
    /** Not the code that was mailed (or none is outstanding). */
    public static final String OTP_INVALID = "identity.otp.invalid";
    /** The code's time is over. */
    public static final String OTP_EXPIRED = "identity.otp.expired";
    /** Too many wrong guesses: the code is spent. */
    public static final String OTP_EXHAUSTED = "identity.otp.exhausted";

    // ---- sessions (about the request as a whole) ----------------------------------------------
    /** Unknown e-mail or wrong password (the answer does not say which). */
    public static final String INVALID_CREDENTIALS = "identity.login.invalid_credentials";
    /** The password is right but the e-mail is not verified yet. */
    public static final String NOT_VERIFIED = "identity.login.not_verified";
    /** A refresh token that is forged, expired or revoked (on logout). */
    public static final String REFRESH_TOKEN_INVALID = "identity.refresh.invalid";

    private IdentityCode() {
    }
}
