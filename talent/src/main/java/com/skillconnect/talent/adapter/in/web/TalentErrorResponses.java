package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.domain.TalentRuleViolation;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translates talent's rule violations into DRF's field-error body (400). */
@RestControllerAdvice(basePackageClasses = TalentErrorResponses.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TalentErrorResponses {

    @ExceptionHandler(TalentRuleViolation.class)
    ResponseEntity<Map<String, Object>> ruleViolation(TalentRuleViolation e) {
        return ResponseEntity.badRequest().body(e.messages());
    }
}
