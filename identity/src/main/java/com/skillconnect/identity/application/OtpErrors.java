package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;

/** A one-time password that did not check out, as a violation of the request's {@code otp}. */
final class OtpErrors {

    private OtpErrors() {
    }

    static void throwUnlessValid(OneTimePassword.Check check) {
        switch (check) {
            case VALID -> { }
            case INVALID -> throw otp(IdentityCode.OTP_INVALID);
            case EXPIRED -> throw otp(IdentityCode.OTP_EXPIRED);
            case EXHAUSTED -> throw otp(IdentityCode.OTP_EXHAUSTED);
        }
    }

    private static RuleViolationException otp(String code) {
        return new RuleViolationException(Violation.of("otp", code));
    }
}
