package com.skillconnect.billing.adapter.in.web;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.kernel.spring.NameListReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

/**
 * What the billing controllers share: the base path (the Messaging API's, beside conversations'), the caller, path
 * ids, and reading the fields of a JSON body into values, recording what cannot be read as codes (app's handler
 * answers them in DRF's shape, worded by {@link BillingViolationMessages}).
 */
final class BillingEndpoints {

    static final String BASE = "/api/v1/messaging";

    private BillingEndpoints() {
    }

    static UserId user(Jwt token) {
        return Callers.user(token, UserId::new);
    }

    /** An id from the path; one no row can have is not found. */
    static long id(String digits, String what) {
        if (!digits.matches("[0-9]+")) {
            throw new NotFoundException(what + " " + digits);
        }
        return Callers.pathId(digits, what);
    }

    /** The body as an object, or a refusal ({@code non_field_errors}) naming what it is instead. */
    static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RuleViolationException(new Violation(List.of(), CommonCode.NOT_AN_OBJECT,
                    List.of(body == null || body.isNull() ? "NoneType" : NameListReader.jsonType(body))));
        }
        return body;
    }

    static boolean sent(JsonNode value) {
        return value != null && !value.isNull();
    }

    /** A whole number (a JSON integer or a string of digits), or 0 after recording why not. */
    static long integer(JsonNode value, Violations at, boolean required) {
        if (!sent(value)) {
            if (required) {
                at.add(CommonCode.REQUIRED);
            }
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isString() && value.asString().strip().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(value.asString().strip());
        }
        at.add(CommonCode.NOT_AN_INTEGER);
        return 0;
    }

    /**
     * An amount (a JSON number or a numeric string, as the frontend sends {@code "20000"}); zero or less is
     * {@code nonPositiveCode}; null after recording why it was refused.
     */
    static Money amount(JsonNode value, Violations at, boolean required, String nonPositiveCode) {
        if (!sent(value)) {
            if (required) {
                at.add(CommonCode.REQUIRED);
            }
            return null;
        }
        String text = value.isNumber() ? value.asString() : value.isString() ? value.asString().strip() : null;
        if (text == null) {
            at.add(CommonCode.NOT_A_NUMBER);
            return null;
        }
        try {
            if (new BigDecimal(text).signum() <= 0) {
                at.add(nonPositiveCode);
                return null;
            }
        } catch (NumberFormatException e) {
            at.add(CommonCode.NOT_A_NUMBER);
            return null;
        }
        return at.take(Money.parse(text));
    }

    /** An ISO date; null after recording why it was refused (or when it was not sent and is not required). */
    static LocalDate date(JsonNode value, Violations at, boolean required) {
        String text = text(value, at, required);
        return text == null ? null : at.take(Text.date(text.strip()));
    }

    /** A text of at most {@code max} characters (empty allowed), or null when not sent or refused. */
    static String text(JsonNode value, Violations at, int max) {
        String text = text(value, at, false);
        return text == null ? null : at.take(Text.bounded(text, 0, max));
    }

    private static String text(JsonNode value, Violations at, boolean required) {
        if (!sent(value)) {
            if (required) {
                at.add(CommonCode.REQUIRED);
            }
            return null;
        }
        if (!value.isString()) {
            at.add(CommonCode.NOT_A_STRING);
            return null;
        }
        return value.asString();
    }

    /** One of an enumeration's API spellings; null when not sent, or after recording {@code unknownCode} (args: the text). */
    static <T> T choice(JsonNode value, Violations at, Function<String, Optional<T>> parse, String unknownCode) {
        if (!sent(value)) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        Optional<T> parsed = value.isString() ? parse.apply(text) : Optional.empty();
        if (parsed.isEmpty()) {
            at.add(unknownCode, text);
            return null;
        }
        return parsed.get();
    }

    /** Throws what was recorded, after making sure the caller may see the object at all ({@code visible}). */
    static void throwIfAny(Violations violations, Runnable visible) {
        if (violations.any()) {
            visible.run();
            violations.throwIfAny();
        }
    }

}
