package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.application.OrderDecisions;
import com.skillconnect.marketplace.application.OrderLists;
import com.skillconnect.marketplace.application.OrderPlacement;
import com.skillconnect.marketplace.domain.Order;
import com.skillconnect.marketplace.domain.OrderCodes;
import com.skillconnect.marketplace.domain.OrderMessage;
import com.skillconnect.marketplace.domain.OrderPage;
import com.skillconnect.marketplace.domain.OrderView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import tools.jackson.databind.JsonNode;

/**
 * What the service-order and application endpoints share: reading the requests (a body of
 * {@code {<subject>_id, message}}, a status change {@code {"status": …}}, {@code ?ordering=}), calling the use
 * cases, and wording the rules they break — a refused status change as {@code {"error": "…"}}, as the original
 * answered, anything else in DRF's field shape. A controller's own exception handler, so no other advice of
 * marketplace words these.
 */
abstract class OrderEndpoints {

    private final OrderType type;
    private final OrderPlacement placement;
    private final OrderDecisions decisions;
    private final OrderLists lists;

    OrderEndpoints(OrderType type, OrderPlacement placement, OrderDecisions decisions, OrderLists lists) {
        this.type = type;
        this.placement = placement;
        this.decisions = decisions;
        this.lists = lists;
    }

    OrderView place(Jwt token, JsonNode body) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            violations.add(OrderCodes.NOT_AN_OBJECT, body == null || body.isNull() ? "null" : body.isArray() ? "list"
                    : body.isString() ? "str" : body.isNumber() ? "int" : body.isBoolean() ? "bool" : "object");
            violations.throwIfAny();
        }
        long subjectId = subjectId(body.get(OrderWords.field(Order.SUBJECT, type)), violations.at(Order.SUBJECT));
        OrderMessage message = message(body.get(Order.MESSAGE), violations.at(Order.MESSAGE));
        violations.throwIfAny();
        return placement.place(type, user(token), role(token), subjectId, message);
    }

    <T> Page<T> list(Jwt token, String ordering, Pageable pageable, Function<OrderView, T> item) {
        OrderPage page = lists.list(type, user(token), "created_at".equals(ordering), pageable.getOffset(),
                pageable.getPageSize());
        return new PageImpl<>(page.orders().stream().map(item).toList(), pageable, page.total());
    }

    OrderView one(Jwt token, String id) {
        return lists.one(type, id(id), user(token));
    }

    OrderView change(Jwt token, String id, JsonNode body) {
        long orderId = id(id);
        JsonNode status = body != null && body.isObject() ? body.get("status") : null;
        String code = status == null || status.isNull() ? OrderCodes.STATUS_MISSING
                : status.isString() && wanted(status.asString()) != null ? null : OrderCodes.STATUS_UNKNOWN;
        if (code != null) {
            lists.one(type, orderId, user(token)); // a stranger learns nothing, not even that the body was wrong
            throw new RuleViolationException(Violation.whole(code));
        }
        return decisions.change(type, orderId, user(token), wanted(status.asString()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, Object>> refused(RuleViolationException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Violation violation : e.violations()) {
            String message = OrderWords.of(violation, type).orElse(violation.code());
            if (OrderWords.isStatusRefusal(violation.code())) {
                return ResponseEntity.badRequest().body(Map.of("error", message));
            }
            String field = violation.isWhole() ? "non_field_errors"
                    : OrderWords.field((String) violation.path().getFirst(), type);
            @SuppressWarnings("unchecked")
            List<String> messages = (List<String>) body.computeIfAbsent(field, f -> new ArrayList<String>());
            messages.add(message);
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** The status a change asks for (case-insensitive), or null when it is none of the four. */
    private static OrderStatus wanted(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "accepted" -> OrderStatus.ACCEPTED;
            case "rejected" -> OrderStatus.REJECTED;
            case "cancelled" -> OrderStatus.CANCELLED;
            case "completed" -> OrderStatus.COMPLETED;
            default -> null;
        };
    }

    private static long subjectId(JsonNode value, Violations violations) {
        if (value == null || value.isNull()) {
            violations.add(OrderCodes.REQUIRED);
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isString() && value.asString().strip().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(value.asString().strip());
        }
        violations.add(OrderCodes.NOT_AN_INTEGER);
        return 0;
    }

    private static OrderMessage message(JsonNode value, Violations violations) {
        if (value != null && !value.isNull() && !value.isString()) {
            violations.add(OrderCodes.NOT_A_STRING);
            return null;
        }
        return violations.take(OrderMessage.parse(value == null || value.isNull() ? null : value.asString()));
    }

    /** An order id from the path; one no order can have is not found. */
    private long id(String digits) {
        if (!digits.matches("[0-9]+")) {
            throw new NotFoundException(type + " order " + digits);
        }
        return Callers.pathId(digits, type + " order");
    }

    private static UserId user(Jwt token) {
        return Callers.user(token, UserId::new);
    }

    private static Role role(Jwt token) {
        return Callers.role(token, Role::parse);
    }
}
