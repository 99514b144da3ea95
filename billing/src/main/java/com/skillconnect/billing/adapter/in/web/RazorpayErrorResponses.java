package com.skillconnect.billing.adapter.in.web;

import com.skillconnect.billing.domain.PaymentGatewayFailed;
import com.skillconnect.billing.domain.PaymentGatewayNotConfigured;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The payment gateway's failures as the payment endpoints answer them (ADR 30): not configured (keys or webhook secret
 * not set) 503 {@code {"detail": …}}; refused, failed or timed out 502 {@code {"error": "Razorpay order creation
 * failed", "detail": …}}, the gateway adapter's words, which hold no key, secret or request body.
 */
@RestControllerAdvice(assignableTypes = {RazorpayCheckoutController.class, RazorpayWebhookController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RazorpayErrorResponses {

    @ExceptionHandler(PaymentGatewayNotConfigured.class)
    ResponseEntity<Map<String, String>> notConfigured(PaymentGatewayNotConfigured e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler(PaymentGatewayFailed.class)
    ResponseEntity<Map<String, String>> failed(PaymentGatewayFailed e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "Razorpay order creation failed");
        body.put("detail", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
    }
}
