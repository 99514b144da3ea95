package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.spring.Idempotent;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.adapter.in.web.OrderItems.ServiceOrderItem;
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
 * Service orders: a client orders a gig ({@code POST}), both parties list theirs (6 per page, newest first) and
 * read one, and change its status ({@code PATCH {"status": …}}) as the order's state machine allows.
 */
@RestController
@RequestMapping(GigsApi.BASE + "/service-orders")
class ServiceOrderController extends OrderEndpoints {

    ServiceOrderController(OrderPlacement placement, OrderDecisions decisions, OrderLists lists) {
        super(OrderType.SERVICE, placement, decisions, lists);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(summary = "A client with a client profile orders an active gig: {service_id, message}; the order is pending")
    ServiceOrderItem create(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ServiceOrderItem.of(place(token, body));
    }

    @GetMapping
    @Operation(summary = "The caller's service orders (the gig's freelancer and the ordering client see them), newest first")
    Page<ServiceOrderItem> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String ordering,
            @PageableDefault(size = 6) Pageable pageable) {
        return list(token, ordering, pageable, ServiceOrderItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's service orders; anyone else's is not found")
    ServiceOrderItem get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ServiceOrderItem.of(one(token, id));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the status: accepted, rejected, cancelled or completed (see ADR 21 for who may)")
    ServiceOrderItem patch(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return ServiceOrderItem.of(change(token, id, body));
    }
}
