package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.kernel.spring.CommonMessages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the messaging controllers share: the caller, path ids, and wording the rules a request breaks as the
 * Messaging document shows them — one plain string per field ({@code {"order_type": "Must be …"}},
 * {@code {"attachment_file": "required when …"}}), {@code {"error": "emoji field is required"}} for a reaction
 * without an emoji. A controller's own exception handler, so no other module's words change.
 */
abstract class MessagingEndpoints {

    static final String BASE = "/api/v1/messaging";

    private final ViolationMessages words;

    MessagingEndpoints(ViolationMessages words) {
        this.words = words;
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, Object>> refused(RuleViolationException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Violation violation : e.violations()) {
            String message = words.word(violation).map(ViolationMessages.Worded::message)
                    .or(() -> CommonMessages.of(violation)).orElse(violation.code());
            if (violation.code().equals(ConversationCodes.EMOJI_REQUIRED)) {
                return ResponseEntity.badRequest().body(Map.of("error", message));
            }
            body.putIfAbsent(violation.isWhole() ? "non_field_errors" : (String) violation.path().getFirst(), message);
        }
        return ResponseEntity.badRequest().body(body);
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
}
