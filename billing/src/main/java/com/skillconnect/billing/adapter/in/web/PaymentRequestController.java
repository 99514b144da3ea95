package com.skillconnect.billing.adapter.in.web;

import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.amount;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.choice;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.id;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.integer;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.object;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.sent;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.text;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.throwIfAny;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.user;

import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.adapter.in.web.BillingItems.PaymentRequestItem;
import com.skillconnect.billing.application.PaymentRequesting;
import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.BillingViews.PaymentPage;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Payment requests: asking ({@code POST payment-requests/ {contract, amount, description, payment_method,
 * conversation_id}}, by the contract's freelancer), the caller's requests (DRF's envelope, 5 per page; and
 * {@code payment-requests-full/}, a plain array), one request, and rejecting a pending one ({@code PATCH {status:
 * "rejected"}}, by its payee, the client). Completed and failed come from verified payments only. A request the
 * caller is no party of is not found.
 * <p>
 * {@code conversation_id}, when sent (a whole number), must be the conversation of the contract's order; when it is
 * missing or null the request is asked all the same and its payment message goes to the order's conversation (ADR 34).
 */
@RestController
@RequestMapping(BillingEndpoints.BASE)
class PaymentRequestController {

    private final PaymentRequesting requesting;

    PaymentRequestController(PaymentRequesting requesting) {
        this.requesting = requesting;
    }

    @PostMapping(path = "/payment-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(summary = "The contract's freelancer asks its client for a payment {contract, amount, description, "
            + "payment_method, conversation_id}; it starts pending and appears in the order's conversation")
    PaymentRequestItem request(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        JsonNode form = object(body);
        Violations violations = new Violations();
        long contract = integer(form.get(PaymentRequest.CONTRACT), violations.at(PaymentRequest.CONTRACT), true);
        Money amount = amount(form.get(PaymentRequest.AMOUNT), violations.at(PaymentRequest.AMOUNT), true,
                BillingCodes.PAYMENT_AMOUNT_NOT_POSITIVE);
        String description = text(form.get(PaymentRequest.DESCRIPTION), violations.at(PaymentRequest.DESCRIPTION),
                PaymentRequest.MAX_DESCRIPTION);
        PaymentMethod method = choice(form.get(PaymentRequest.METHOD), violations.at(PaymentRequest.METHOD),
                PaymentMethod::parse, BillingCodes.METHOD_UNKNOWN);
        JsonNode sentConversation = form.get(PaymentRequest.CONVERSATION);
        long conversation = integer(sentConversation, violations.at(PaymentRequest.CONVERSATION), false);
        violations.throwIfAny();
        return PaymentRequestItem.of(requesting.request(user(token), contract, amount, description,
                method == null ? PaymentMethod.RAZORPAY : method,
                sent(sentConversation) ? OptionalLong.of(conversation) : OptionalLong.empty()));
    }

    @GetMapping("/payment-requests")
    @Operation(summary = "The caller's payment requests (asked or addressed to them), newest first, DRF's envelope of 5")
    Page<PaymentRequestItem> list(@AuthenticationPrincipal Jwt token, @PageableDefault(size = 5) Pageable pageable) {
        PaymentPage page = requesting.list(user(token), pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(page.requests().stream().map(PaymentRequestItem::of).toList(), pageable, page.total());
    }

    @GetMapping("/payment-requests-full")
    @Operation(summary = "All the caller's payment requests, newest first (plain array)")
    List<PaymentRequestItem> all(@AuthenticationPrincipal Jwt token) {
        return requesting.all(user(token)).stream().map(PaymentRequestItem::of).toList();
    }

    @GetMapping("/payment-requests/{id}")
    @Operation(summary = "One of the caller's payment requests")
    PaymentRequestItem one(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return PaymentRequestItem.of(requesting.one(user(token), id(id, "payment request")));
    }

    @PatchMapping(path = "/payment-requests/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The payee (the client asked to pay) rejects a pending request {status: \"rejected\"}; "
            + "completed and failed come from verified payments only; other fields are ignored")
    PaymentRequestItem change(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        long request = id(id, "payment request");
        Runnable visible = () -> requesting.one(user(token), request);
        JsonNode status = body != null && body.isObject() ? body.get(PaymentRequest.STATUS) : null;
        if (body == null || !body.isObject()) {
            visible.run();
            object(body);
        }
        if (!sent(status)) {
            return one(token, id); // nothing to change (unknown fields are ignored)
        }
        Violations violations = new Violations();
        PaymentStatus wanted = choice(status, violations.at(PaymentRequest.STATUS), PaymentRequestController::status,
                BillingCodes.PAYMENT_STATUS_UNKNOWN);
        throwIfAny(violations, visible);
        if (wanted != PaymentStatus.REJECTED) {
            visible.run();
            throw new RuleViolationException(Violation.of(PaymentRequest.STATUS, BillingCodes.STATUS_BY_PAYMENT_ONLY,
                    wanted));
        }
        return PaymentRequestItem.of(requesting.reject(user(token), request));
    }

    private static Optional<PaymentStatus> status(String text) {
        return Arrays.stream(PaymentStatus.values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }

}
