package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.spring.Idempotent;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.adapter.in.web.OrderItems.ApplicationItem;
import com.skillconnect.marketplace.application.OrderDecisions;
import com.skillconnect.marketplace.application.OrderLists;
import com.skillconnect.marketplace.application.OrderPlacement;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Applications (the API's proposal orders): a freelancer applies to a proposal ({@code POST}), both parties list
 * theirs (6 per page, newest first) and read one, and change its status ({@code PATCH {"status": …}}) as the
 * order's state machine allows; accepting one awards the proposal and rejects the other pending applications.
 */
@RestController
@RequestMapping(GigsApi.BASE + "/proposal-orders")
class ProposalOrderController extends OrderEndpoints {

    ProposalOrderController(OrderPlacement placement, OrderDecisions decisions, OrderLists lists) {
        super(OrderType.PROPOSAL, placement, decisions, lists);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(summary = "A freelancer with a freelancer profile applies to an open proposal: {proposal_id, message}; the application is pending")
    ApplicationItem create(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ApplicationItem.of(place(token, body));
    }

    @GetMapping
    @Operation(summary = "The caller's applications (the proposal's client and the applying freelancer see them), newest first")
    Page<ApplicationItem> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String ordering,
            @PageableDefault(size = 6) Pageable pageable) {
        return list(token, ordering, pageable, ApplicationItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's applications; anyone else's is not found")
    ApplicationItem get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ApplicationItem.of(one(token, id));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the status: accepted, rejected, cancelled or completed (see ADR 21 for who may)")
    ApplicationItem patch(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return ApplicationItem.of(change(token, id, body));
    }
}
