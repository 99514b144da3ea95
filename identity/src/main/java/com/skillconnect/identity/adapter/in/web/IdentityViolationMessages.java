package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * identity's words for its rule codes ({@link IdentityCode}), as the Users API has always worded them,
 * and the request fields they are about ({@code newPassword} is sent as {@code new_password}; a violation
 * of the request as a whole is answered by app under {@code non_field_errors}). app renders every
 * {@code RuleViolationException} through the modules' {@link ViolationMessages}.
 */
@Component
class IdentityViolationMessages implements ViolationMessages {

    /** Domain names whose request field is spelled differently; the others are sent as they are named. */
    private static final Map<String, String> FIELDS = Map.of("newPassword", "new_password");

    private static final Map<String, Function<Violation, String>> MESSAGES = new HashMap<>();

    static {
        fixed(IdentityCode.REQUIRED, "This field is required.");
        MESSAGES.put(IdentityCode.NOT_A_CHOICE, violation -> "\"" + violation.arg(0) + "\" is not a valid choice.");

        fixed(IdentityCode.EMAIL_INVALID, "Enter a valid email address.");
        fixed(IdentityCode.EMAIL_DISPOSABLE, "Disposable email addresses are not allowed.");
        fixed(IdentityCode.EMAIL_TAKEN, "This email is already registered.");
        fixed(IdentityCode.ACCOUNT_UNKNOWN, "User with this email does not exist.");
        fixed(IdentityCode.NO_ACTIVE_ACCOUNT, "No user is registered with this email.");

        MESSAGES.put(IdentityCode.PASSWORD_TOO_SHORT,
                violation -> "Password must be at least " + violation.arg(0) + " characters long.");
        MESSAGES.put(IdentityCode.PASSWORD_TOO_LONG,
                violation -> "Password must be at most " + violation.arg(0) + " characters long.");
        fixed(IdentityCode.PASSWORD_WHITESPACE, "Password must not contain whitespace.");
        fixed(IdentityCode.PASSWORD_NO_UPPER, "Password must contain at least one uppercase letter.");
        fixed(IdentityCode.PASSWORD_NO_LOWER, "Password must contain at least one lowercase letter.");
        fixed(IdentityCode.PASSWORD_NO_DIGIT, "Password must contain at least one digit.");
        fixed(IdentityCode.PASSWORD_NO_SPECIAL, "Password must contain at least one special character.");
        fixed(IdentityCode.PASSWORD_COMMON, "This password is too common.");
        fixed(IdentityCode.PASSWORD_PALINDROME, "Password must not be a palindrome.");
        MESSAGES.put(IdentityCode.PASSWORD_REPEATS, violation ->
                "Password must not repeat a character more than " + violation.arg(0) + " times in a row.");

        fixed(IdentityCode.OTP_INVALID, "Invalid OTP.");
        fixed(IdentityCode.OTP_EXPIRED, "OTP has expired.");
        fixed(IdentityCode.OTP_EXHAUSTED, "Too many incorrect attempts. Please request a new OTP.");

        fixed(IdentityCode.INVALID_CREDENTIALS, "Invalid email or password");
        fixed(IdentityCode.NOT_VERIFIED, "Email is not verified. Please verify your email with the OTP sent to you.");
        fixed(IdentityCode.REFRESH_TOKEN_INVALID, "Token is invalid or expired");
    }

    private static void fixed(String code, String message) {
        MESSAGES.put(code, violation -> message);
    }

    /** The codes this adapter has words for. */
    static Set<String> codes() {
        return Set.copyOf(MESSAGES.keySet());
    }

    @Override
    public Optional<Worded> word(Violation violation) {
        return Optional.ofNullable(MESSAGES.get(violation.code()))
                .map(message -> new Worded(fields(violation.path()), message.apply(violation)));
    }

    private static List<Object> fields(List<Object> path) {
        List<Object> fields = new ArrayList<>(path.size());
        for (Object segment : path) {
            fields.add(segment instanceof String name ? FIELDS.getOrDefault(name, name) : segment);
        }
        return fields;
    }
}
