package com.skillconnect.identity.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages.Worded;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityViolationMessagesTest {

    private final IdentityViolationMessages messages = new IdentityViolationMessages();

    @Test
    void everyIdentityCodeHasWords() throws IllegalAccessException {
        List<String> codes = codes();
        assertThat(codes).hasSizeGreaterThan(20);
        for (String code : codes) {
            Violation violation = new Violation(List.of("email"), code, List.of(12));
            assertThat(messages.word(violation)).as(code).get().extracting(Worded::message)
                    .isNotEqualTo(code).asString().isNotBlank();
        }
        assertThat(IdentityViolationMessages.codes()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void theWordsAreThoseTheUsersApiHasAlwaysAnswered() {
        Map<Violation, String> expected = Map.ofEntries(
                Map.entry(Violation.of("email", IdentityCode.REQUIRED), "This field is required."),
                Map.entry(Violation.of("role", IdentityCode.NOT_A_CHOICE, "admin"), "\"admin\" is not a valid choice."),
                Map.entry(Violation.of("email", IdentityCode.EMAIL_INVALID), "Enter a valid email address."),
                Map.entry(Violation.of("email", IdentityCode.EMAIL_DISPOSABLE), "Disposable email addresses are not allowed."),
                Map.entry(Violation.of("email", IdentityCode.EMAIL_TAKEN), "This email is already registered."),
                Map.entry(Violation.of("email", IdentityCode.ACCOUNT_UNKNOWN), "User with this email does not exist."),
                Map.entry(Violation.of("email", IdentityCode.NO_ACTIVE_ACCOUNT), "No user is registered with this email."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_TOO_SHORT, 12),
                        "Password must be at least 12 characters long."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_TOO_LONG, 128),
                        "Password must be at most 128 characters long."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_WHITESPACE), "Password must not contain whitespace."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_NO_UPPER),
                        "Password must contain at least one uppercase letter."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_NO_LOWER),
                        "Password must contain at least one lowercase letter."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_NO_DIGIT), "Password must contain at least one digit."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_NO_SPECIAL),
                        "Password must contain at least one special character."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_COMMON), "This password is too common."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_PALINDROME), "Password must not be a palindrome."),
                Map.entry(Violation.of("password", IdentityCode.PASSWORD_REPEATS, 3),
                        "Password must not repeat a character more than 3 times in a row."),
                Map.entry(Violation.of("otp", IdentityCode.OTP_INVALID), "Invalid OTP."),
                Map.entry(Violation.of("otp", IdentityCode.OTP_EXPIRED), "OTP has expired."),
                Map.entry(Violation.of("otp", IdentityCode.OTP_EXHAUSTED), "Too many incorrect attempts. Please request a new OTP."),
                Map.entry(Violation.whole(IdentityCode.INVALID_CREDENTIALS), "Invalid email or password"),
                Map.entry(Violation.whole(IdentityCode.NOT_VERIFIED),
                        "Email is not verified. Please verify your email with the OTP sent to you."),
                Map.entry(Violation.of("refresh", IdentityCode.REFRESH_TOKEN_INVALID), "Token is invalid or expired"));

        expected.forEach((violation, message) -> assertThat(messages.word(violation)).as(violation.code())
                .contains(new Worded(violation.path(), message)));
    }

    @Test
    void theNewPasswordIsSentAsNewPasswordInSnakeCaseAndOtherFieldsAsTheyAreNamed() {
        assertThat(messages.word(Violation.of("newPassword", IdentityCode.PASSWORD_COMMON))).get()
                .extracting(Worded::path).isEqualTo(List.of("new_password"));
        assertThat(messages.word(Violation.of("otp", IdentityCode.OTP_INVALID))).get()
                .extracting(Worded::path).isEqualTo(List.of("otp"));
        assertThat(messages.word(Violation.whole(IdentityCode.INVALID_CREDENTIALS))).get()
                .extracting(Worded::path).isEqualTo(List.of());
    }

    @Test
    void codesOfOtherModulesAreNotIdentitysToWord() {
        assertThat(messages.word(Violation.of("first_name", "required"))).isEmpty();
        assertThat(messages.word(Violation.whole("profile.exists"))).isEmpty();
    }

    @Test
    void everyReachedLimitIsWordedWithTheSecondsOfItsRetryAfter() {
        assertThat(IdentityErrorResponses.tooManyAttemptsDetail(TooManyAttempts.Limit.LOGIN_FAILURES, 7))
                .isEqualTo("Too many failed login attempts. Try again in 7 seconds.");
        assertThat(IdentityErrorResponses.tooManyAttemptsDetail(TooManyAttempts.Limit.CLIENT_MAIL_REQUESTS, 42))
                .isEqualTo("Request was throttled. Expected available in 42 seconds.");
        assertThat(IdentityErrorResponses.tooManyAttemptsDetail(TooManyAttempts.Limit.OTP_MAIL_QUOTA, 3600))
                .isEqualTo("Too many codes requested. Try again later.");
    }

    private static List<String> codes() throws IllegalAccessException {
        List<String> codes = new java.util.ArrayList<>();
        for (Field field : Arrays.stream(IdentityCode.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList()) {
            codes.add((String) field.get(null));
        }
        return codes;
    }
}
