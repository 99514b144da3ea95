package com.skillconnect.billing.adapter.in.web;

import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.amount;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.choice;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.date;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.id;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.integer;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.object;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.sent;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.text;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.throwIfAny;
import static com.skillconnect.billing.adapter.in.web.BillingEndpoints.user;

import com.skillconnect.billing.adapter.in.web.BillingItems.ActiveItem;
import com.skillconnect.billing.adapter.in.web.BillingItems.ContractItem;
import com.skillconnect.billing.adapter.in.web.BillingItems.FreelancersItem;
import com.skillconnect.billing.application.Contracting;
import com.skillconnect.billing.application.Contracting.ContractChange;
import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.billing.domain.ContractTerms;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.Idempotent;
import com.skillconnect.marketplace.OrderType;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * Contracts: the caller's list (a plain array, newest first; of one order with {@code ?order_type=&order_id=}),
 * creating one for an accepted order of the caller's, one contract, changing it ({@code PATCH} status, workflow_status
 * and, by its creator while open, amount, deadline, terms, milestones; {@code order_type}/{@code order_id} are
 * ignored: a contract never changes its order), accepting and rejecting it, the caller's active contracts and the
 * freelancers they work with. A contract the caller is no party of is not found.
 */
@RestController
@RequestMapping(BillingEndpoints.BASE + "/contracts")
class ContractController {

    private final Contracting contracting;

    ContractController(Contracting contracting) {
        this.contracting = contracting;
    }

    @GetMapping
    @Operation(summary = "The caller's contracts, newest first (plain array); ?order_type=service|proposal&order_id= "
            + "narrows them to one order")
    List<ContractItem> list(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "order_type", required = false) String orderType,
            @RequestParam(name = "order_id", required = false) String orderId) {
        Violations violations = new Violations();
        OrderType type = orderType == null || orderType.isBlank() ? null : orderType(orderType, violations.at(Contract.ORDER_TYPE));
        Long order = null;
        if (orderId != null && !orderId.isBlank()) {
            if (orderId.strip().matches("-?[0-9]{1,18}")) {
                order = Long.parseLong(orderId.strip());
            } else {
                violations.at(Contract.ORDER_ID).add(CommonCode.NOT_AN_INTEGER);
            }
        }
        violations.throwIfAny();
        return contracting.list(user(token), type, order).stream().map(ContractItem::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(summary = "Creates the contract of an accepted order of the caller's {order_type: service|proposal, "
            + "order_id, amount, deadline, terms, milestones, status: draft|pending (pending), workflow_status: planning}")
    ContractItem create(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        JsonNode form = object(body);
        Violations violations = new Violations();
        OrderType type = null;
        if (!sent(form.get(Contract.ORDER_TYPE))) {
            violations.at(Contract.ORDER_TYPE).add(CommonCode.REQUIRED);
        } else if (!form.get(Contract.ORDER_TYPE).isString()) {
            violations.at(Contract.ORDER_TYPE).add(BillingCodes.ORDER_TYPE_UNKNOWN);
        } else {
            type = orderType(form.get(Contract.ORDER_TYPE).asString(), violations.at(Contract.ORDER_TYPE));
        }
        long orderId = integer(form.get(Contract.ORDER_ID), violations.at(Contract.ORDER_ID), true);
        Money amount = amount(form.get(Contract.AMOUNT), violations.at(Contract.AMOUNT), true,
                BillingCodes.AMOUNT_NOT_POSITIVE);
        LocalDate deadline = date(form.get(Contract.DEADLINE), violations.at(Contract.DEADLINE), true);
        String terms = text(form.get(Contract.TERMS), violations.at(Contract.TERMS), ContractTerms.MAX_TEXT);
        String milestones = text(form.get(Contract.MILESTONES), violations.at(Contract.MILESTONES), ContractTerms.MAX_TEXT);
        ContractStatus status = choice(form.get(Contract.STATUS), violations.at(Contract.STATUS), ContractStatus::parse,
                CommonCode.NOT_A_CHOICE);
        WorkflowStatus workflow = choice(form.get(Contract.WORKFLOW), violations.at(Contract.WORKFLOW),
                WorkflowStatus::parse, CommonCode.NOT_A_CHOICE);
        violations.throwIfAny();
        return ContractItem.of(contracting.create(user(token), type, orderId,
                new ContractTerms(amount, deadline, terms, milestones),
                status == null ? ContractStatus.PENDING : status, workflow == null ? WorkflowStatus.PLANNING : workflow));
    }

    @GetMapping("/active")
    @Operation(summary = "The caller's accepted contracts with their work's progress (plain array)")
    List<ActiveItem> active(@AuthenticationPrincipal Jwt token) {
        return contracting.active(user(token)).stream().map(ActiveItem::of).toList();
    }

    @GetMapping("/unique_freelancers")
    @Operation(summary = "The freelancers of the caller's accepted contracts as their client: {count, freelancers: [{id, name}]}")
    FreelancersItem uniqueFreelancers(@AuthenticationPrincipal Jwt token) {
        return FreelancersItem.of(contracting.uniqueFreelancers(user(token)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's contracts")
    ContractItem one(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ContractItem.of(contracting.one(user(token), id(id, "contract")));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Changes the contract: status (accepted/rejected by the party who did not create it, pending "
            + "by the creator of a draft), workflow_status (by the freelancer, once accepted), amount, deadline, terms, "
            + "milestones (by the creator while draft or pending); order_type and order_id are ignored")
    ContractItem change(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        long contract = id(id, "contract");
        Runnable visible = () -> contracting.one(user(token), contract); // a stranger learns nothing, not even that the body was wrong
        if (body == null || !body.isObject()) {
            visible.run();
        }
        JsonNode form = object(body);
        Violations violations = new Violations();
        Money amount = amount(form.get(Contract.AMOUNT), violations.at(Contract.AMOUNT), false,
                BillingCodes.AMOUNT_NOT_POSITIVE);
        LocalDate deadline = date(form.get(Contract.DEADLINE), violations.at(Contract.DEADLINE), false);
        String terms = text(form.get(Contract.TERMS), violations.at(Contract.TERMS), ContractTerms.MAX_TEXT);
        String milestones = text(form.get(Contract.MILESTONES), violations.at(Contract.MILESTONES), ContractTerms.MAX_TEXT);
        ContractStatus status = choice(form.get(Contract.STATUS), violations.at(Contract.STATUS), ContractStatus::parse,
                CommonCode.NOT_A_CHOICE);
        WorkflowStatus workflow = choice(form.get(Contract.WORKFLOW), violations.at(Contract.WORKFLOW),
                WorkflowStatus::parse, CommonCode.NOT_A_CHOICE);
        throwIfAny(violations, visible);
        ContractTerms.Change edit = new ContractTerms.Change(amount, deadline, terms, milestones);
        return ContractItem.of(contracting.change(user(token), contract,
                new ContractChange(edit.any() ? edit : null, status, workflow)));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "The party who did not create the pending contract accepts it")
    ContractItem accept(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ContractItem.of(contracting.accept(user(token), id(id, "contract")));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "The party who did not create the pending contract rejects it")
    ContractItem reject(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ContractItem.of(contracting.reject(user(token), id(id, "contract")));
    }

    private static OrderType orderType(String text, Violations at) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "service" -> OrderType.SERVICE;
            case "proposal" -> OrderType.PROPOSAL;
            default -> {
                at.add(BillingCodes.ORDER_TYPE_UNKNOWN);
                yield null;
            }
        };
    }
}
