package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rule violations of the gig and proposal endpoints as DRF's field errors (400), in the API's field names
 * ({@link ListingWords}): the common codes' paths are marketplace's domain names, which only these words know.
 */
@RestControllerAdvice(assignableTypes = {GigController.class, ProposalController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ListingErrorResponses {

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, List<String>>> ruleViolation(RuleViolationException e) {
        return ResponseEntity.badRequest().body(ListingWords.body(e.violations()));
    }
}
