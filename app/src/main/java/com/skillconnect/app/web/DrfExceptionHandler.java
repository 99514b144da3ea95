package com.skillconnect.app.web;

import com.skillconnect.kernel.NotAllowedException;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.spring.UniqueConstraints;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Renders every error a controller raises in the shapes of Django REST Framework. Controllers throw
 * standard Spring exceptions ({@link BindException} for field errors, {@link ErrorResponse} types such
 * as {@code ResponseStatusException} for {@code detail}) or the shared kernel's module exceptions
 * ({@link NotFoundException} 404, {@link NotAllowedException} 403, {@link RuleViolationException} 400
 * worded by the module's {@code ViolationMessages}); nothing a client sends ends in a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DrfExceptionHandler {

    static final String MALFORMED_FORM = "Malformed form data: use UTF-8 and valid percent-encoding.";

    private static final Logger log = LoggerFactory.getLogger(DrfExceptionHandler.class);

    private final ViolationBodies violations;
    private final UniqueConstraints uniqueConstraints;
    private final RequestLimitMessages limits;

    DrfExceptionHandler(ViolationBodies violations, UniqueConstraints uniqueConstraints, RequestLimitMessages limits) {
        this.violations = violations;
        this.uniqueConstraints = uniqueConstraints;
        this.limits = limits;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> moduleNotFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(DrfErrors.detail(e.detail().orElse(DrfErrors.NOT_FOUND)));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<Map<String, Object>> notAllowed(NotAllowedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(DrfErrors.detail(e.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, Object>> ruleViolation(RuleViolationException e) {
        return ResponseEntity.badRequest().body(violations.of(e));
    }

    @ExceptionHandler(BindException.class) // MethodArgumentNotValidException is a BindException
    ResponseEntity<Map<String, List<String>>> invalidFields(BindException e) {
        return ResponseEntity.badRequest().body(DrfErrors.of(e.getBindingResult()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, List<String>>> invalidParameters(HandlerMethodValidationException e) {
        Map<String, List<String>> body = e.getParameterValidationResults().stream().collect(Collectors.toMap(
                result -> DrfErrors.snakeCase(result.getMethodParameter().getParameterName() == null
                        ? DrfErrors.NON_FIELD_ERRORS : result.getMethodParameter().getParameterName()),
                result -> result.getResolvableErrors().stream().map(error -> String.valueOf(error.getDefaultMessage())).toList(),
                (a, b) -> a));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, ?>> unreadableBody(HttpMessageNotReadableException e) {
        if (BodySizeLimitFilter.causedByTooLargeBody(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(DrfErrors.detail(limits.bodyTooLarge()));
        }
        String message = e.getCause() instanceof InvalidJsonValueException invalid ? invalid.drfMessage() : "Invalid value.";
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(DrfErrors.field(field, message));
        }
        if (e.getCause() instanceof InvalidJsonValueException) {
            return ResponseEntity.badRequest().body(DrfErrors.detail(message));
        }
        String reason = e.getCause() instanceof StreamReadException syntax ? syntax.getOriginalMessage()
                : e.getCause() instanceof JacksonException ? "the body is not the expected JSON object"
                : "request body is missing or not JSON";
        return ResponseEntity.badRequest().body(DrfErrors.detail("JSON parse error - " + reason));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(DrfErrors.detail("Unsupported media type \"" + e.getContentType() + "\" in request."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .body(DrfErrors.detail("Could not satisfy the request Accept header."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(DrfErrors.detail("Method \"" + e.getMethod() + "\" not allowed."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(DrfErrors.detail(DrfErrors.NOT_FOUND));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, List<String>>> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String message = e instanceof MissingServletRequestParameterException ? "This field is required." : "Invalid value.";
        return ResponseEntity.badRequest().body(DrfErrors.field(name, message));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Map<String, Object>> bodyTooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(DrfErrors.detail(limits.bodyTooLarge()));
    }

    /** Each multipart limit answers its own message (ADR 11); a form that is not multipart at all is a 400. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        return limits.exceeded(e)
                .map(message -> ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(DrfErrors.detail(message)))
                .orElseGet(() -> ResponseEntity.badRequest().body(DrfErrors.detail("Multipart form parse error.")));
    }

    /** Form data (url-encoded body) with a bad percent-encoding or bytes that are not UTF-8: Tomcat refuses to parse it. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> badFormData() {
        return ResponseEntity.badRequest().body(DrfErrors.detail(MALFORMED_FORM));
    }

    /**
     * Two requests changed the same thing at once (optimistic lock, unique key): the loser may simply
     * retry — unless the unique key is one a module declared as a rule ({@link UniqueConstraints}).
     */
    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<? extends Map<String, ?>> conflict(Exception e) {
        if (e instanceof DataIntegrityViolationException integrity) {
            var rule = uniqueConstraints.translate(integrity);
            if (rule.isPresent()) {
                return ruleViolation(rule.get());
            }
        }
        log.info("Conflicting concurrent change: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(DrfErrors.detail("The request conflicts with a concurrent change. Please try again."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(DrfErrors.detail(SecurityMessages.PERMISSION_DENIED));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, Object>> unauthenticated() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(DrfErrors.detail(SecurityMessages.NOT_AUTHENTICATED));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> otherwise(Exception e) {
        if (BodySizeLimitFilter.causedByTooLargeBody(e)) {
            return bodyTooLarge();
        }
        if (e instanceof ErrorResponse error) {
            return withStatus(error);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // the client went away mid-answer (a closed tab, a load generator stopping): nothing to answer, nothing wrong
            log.debug("Client disconnected while being answered: {}", e.toString());
            return null;
        }
        log.error("Unexpected error while serving a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(DrfErrors.detail("A server error occurred."));
    }

    /** {@code ResponseStatusException} and the other Spring exceptions that carry a status and a reason. */
    private static ResponseEntity<Map<String, Object>> withStatus(ErrorResponse error) {
        HttpStatusCode status = error.getStatusCode();
        String detail = error.getBody().getDetail();
        boolean reasonGiven = error instanceof ResponseStatusException given && given.getReason() != null;
        if (status.value() == HttpStatus.NOT_FOUND.value() && !reasonGiven) {
            detail = DrfErrors.NOT_FOUND;
        } else if (detail == null) {
            HttpStatus known = HttpStatus.resolve(status.value());
            detail = known == null ? "Error." : known.getReasonPhrase();
        }
        return ResponseEntity.status(status).headers(error.getHeaders()).body(DrfErrors.detail(detail));
    }
}
