package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.IdentityRuleViolation;
import com.skillconnect.identity.domain.OneTimePassword;

/** The Users API's answer to a one-time password that did not check out. */
final class OtpErrors {

    static final String INVALID = "Invalid OTP.";
    static final String EXPIRED = "OTP has expired.";
    static final String EXHAUSTED = "Too many incorrect attempts. Please request a new OTP.";

    private OtpErrors() {
    }

    static void throwUnlessValid(OneTimePassword.Check check) {
        switch (check) {
            case VALID -> { }
            case INVALID -> throw IdentityRuleViolation.of("otp", INVALID);
            case EXPIRED -> throw IdentityRuleViolation.of("otp", EXPIRED);
            case EXHAUSTED -> throw IdentityRuleViolation.of("otp", EXHAUSTED);
        }
    }
}
