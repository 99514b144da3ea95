package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.application.InvalidRefreshToken;
import com.skillconnect.identity.domain.AccountAlreadyVerified;
import com.skillconnect.identity.domain.GoogleSignInUnavailable;
import com.skillconnect.identity.domain.InvalidGoogleToken;
import com.skillconnect.identity.domain.MailDeliveryFailed;
import com.skillconnect.identity.domain.ServerBusy;
import com.skillconnect.identity.domain.TooManyAttempts;
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
 * Translates identity's domain outcomes into the answers the Users API documents, in the DRF shapes
 * that {@code app} uses for every framework error: {@code detail}, and the document's {@code error} for
 * an e-mail that is already verified. The words are this adapter's; the exceptions carry none. Rule
 * violations (the kernel's {@code RuleViolationException}) are rendered by app, worded by
 * {@link IdentityViolationMessages}.
 */
@RestControllerAdvice(basePackageClasses = UsersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityErrorResponses {

    @ExceptionHandler(AccountAlreadyVerified.class)
    ResponseEntity<Map<String, String>> alreadyVerified() {
        return ResponseEntity.badRequest().body(Map.of("error", "Email already verified."));
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<Map<String, String>> tooManyAttempts(TooManyAttempts e) {
        long seconds = e.retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Map.of("detail", tooManyAttemptsDetail(e.limit(), seconds)));
    }

    @ExceptionHandler(ServerBusy.class)
    ResponseEntity<Map<String, String>> serverBusy(ServerBusy e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Map.of("detail", "The server is busy. Please try again in a moment."));
    }

    @ExceptionHandler(InvalidGoogleToken.class)
    ResponseEntity<Map<String, String>> invalidGoogleToken() {
        return ResponseEntity.badRequest().body(Map.of("detail", "Invalid Google token"));
    }

    /** The Google adapter words why sign-in cannot be served (not configured, or Google unreachable). */
    @ExceptionHandler(GoogleSignInUnavailable.class)
    ResponseEntity<Map<String, String>> googleUnavailable(GoogleSignInUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler(MailDeliveryFailed.class)
    ResponseEntity<Map<String, String>> mailNotSent() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("detail", "Could not send the email. Please try again later."));
    }

    @ExceptionHandler(InvalidRefreshToken.class)
    ResponseEntity<Map<String, String>> invalidRefreshToken() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Map.of("detail", "Token is invalid or expired", "code", "token_not_valid"));
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

    /** The words of a reached limit; the seconds are those of the Retry-After header. */
    static String tooManyAttemptsDetail(TooManyAttempts.Limit limit, long seconds) {
        return switch (limit) {
            case LOGIN_FAILURES -> "Too many failed login attempts. Try again in " + seconds + " seconds.";
            case CLIENT_MAIL_REQUESTS -> "Request was throttled. Expected available in " + seconds + " seconds.";
            case OTP_MAIL_QUOTA -> "Too many codes requested. Try again later.";
        };
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "Not found."));
    }
}
