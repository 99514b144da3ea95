package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.adapter.in.web.TalentMessages.Resource;
import com.skillconnect.kernel.RuleViolationException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/** Translates talent's rule violations into DRF's field-error body (400), worded as the answering resource words them. */
@RestControllerAdvice(basePackageClasses = TalentErrorResponses.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TalentErrorResponses {

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, Object>> ruleViolation(RuleViolationException e, HandlerMethod handler) {
        Resource resource = handler != null && ClientProfileController.class.isAssignableFrom(handler.getBeanType())
                ? Resource.CLIENT : Resource.FREELANCER;
        return ResponseEntity.badRequest().body(TalentErrors.body(e.violations(), resource));
    }
}
