package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.application.InvalidRefreshToken;
import com.skillconnect.identity.domain.AccountAlreadyVerified;
import com.skillconnect.identity.domain.GoogleSignInUnavailable;
import com.skillconnect.identity.domain.IdentityRuleViolation;
import com.skillconnect.identity.domain.InvalidGoogleToken;
import com.skillconnect.identity.domain.MailDeliveryFailed;
import com.skillconnect.identity.domain.ServerBusy;
import com.skillconnect.identity.domain.TooManyAttempts;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Translates identity's domain outcomes into the answers the Users API documents. The bodies are
 * the DRF shapes that {@code app} uses for every framework error: field messages, {@code detail},
 * and the document's {@code error} for an e-mail that is already verified.
 */
@RestControllerAdvice(basePackageClasses = UsersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityErrorResponses {

    @ExceptionHandler(IdentityRuleViolation.class)
    ResponseEntity<Map<String, List<String>>> ruleViolation(IdentityRuleViolation e) {
        return ResponseEntity.badRequest().body(e.messages());
    }

    @ExceptionHandler(AccountAlreadyVerified.class)
    ResponseEntity<Map<String, String>> alreadyVerified(AccountAlreadyVerified e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<Map<String, String>> tooManyAttempts(TooManyAttempts e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler(ServerBusy.class)
    ResponseEntity<Map<String, String>> serverBusy(ServerBusy e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler(InvalidGoogleToken.class)
    ResponseEntity<Map<String, String>> invalidGoogleToken() {
        return ResponseEntity.badRequest().body(Map.of("detail", "Invalid Google token"));
    }

    @ExceptionHandler({GoogleSignInUnavailable.class, MailDeliveryFailed.class})
    ResponseEntity<Map<String, String>> unavailable(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler(InvalidRefreshToken.class)
    ResponseEntity<Map<String, String>> invalidRefreshToken(InvalidRefreshToken e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Map.of("detail", e.getMessage(), "code", "token_not_valid"));
    }

    /**
     * Two requests changed the same account at once (a double-clicked button, two tabs): the later one
     * lost and changed nothing. (A registration of an address a concurrent request has just registered
     * breaks the e-mail's unique constraint, which app answers as the rule, see AccountConstraints.)
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, ?>> concurrentChange(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("detail", "The account was changed by another request at the same time. Please try again."));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "Not found."));
    }
}
