package com.skillconnect.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (raised by the servlet container or a filter) are forwarded
 * to {@code /error}; they answer in the DRF shape too, never with Spring Boot's default page.
 */
@Hidden
@RestController
class DrfErrorController implements ErrorController {

    private final RequestLimitMessages limits;

    DrfErrorController(RequestLimitMessages limits) {
        this.limits = limits;
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // someone asked for /error itself: there is no such page
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(DrfErrors.detail(DrfErrors.NOT_FOUND));
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown && BodySizeLimitFilter.causedByTooLargeBody(thrown)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(DrfErrors.detail(limits.bodyTooLarge()));
        }
        if (failure instanceof InvalidParameterException || failure instanceof Throwable thrown && thrown.getCause() instanceof InvalidParameterException) {
            return ResponseEntity.badRequest().body(DrfErrors.detail(DrfExceptionHandler.MALFORMED_FORM));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (status) {
            case NOT_FOUND -> DrfErrors.NOT_FOUND;
            case UNAUTHORIZED -> SecurityMessages.NOT_AUTHENTICATED;
            case FORBIDDEN -> SecurityMessages.PERMISSION_DENIED;
            case PAYLOAD_TOO_LARGE -> "The request is too large.";
            case INTERNAL_SERVER_ERROR -> "A server error occurred.";
            default -> status.getReasonPhrase();
        };
        return ResponseEntity.status(status).body(DrfErrors.detail(detail));
    }
}
