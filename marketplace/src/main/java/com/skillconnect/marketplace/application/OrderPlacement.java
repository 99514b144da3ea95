package com.skillconnect.marketplace.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotAllowedException;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.Order;
import com.skillconnect.marketplace.domain.OrderCodes;
import com.skillconnect.marketplace.domain.OrderMessage;
import com.skillconnect.marketplace.domain.OrderQueries;
import com.skillconnect.marketplace.domain.OrderSubject;
import com.skillconnect.marketplace.domain.OrderSubjects;
import com.skillconnect.marketplace.domain.OrderView;
import com.skillconnect.marketplace.domain.Orders;
import com.skillconnect.marketplace.domain.Parties;
import com.skillconnect.marketplace.domain.Party;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing an order: a client with a client profile orders an active gig, a freelancer with a freelancer profile
 * applies to an open, active proposal. The new order is pending; one live order per requester and subject (checked
 * here, and by a unique index against two concurrent requests). Users of the other role, or without a profile, are
 * not allowed (403).
 */
@Service
public class OrderPlacement {

    static final String ONLY_CLIENTS = "Only clients can order a service.";
    static final String ONLY_FREELANCERS = "Only freelancers can apply to a proposal.";
    static final String CLIENT_PROFILE_NEEDED = "Set up your client profile before ordering a service.";
    static final String FREELANCER_PROFILE_NEEDED = "Set up your freelancer profile before applying to a proposal.";

    private final Orders orders;
    private final OrderSubjects subjects;
    private final OrderQueries queries;
    private final Parties parties;
    private final Clock clock;

    OrderPlacement(Orders orders, OrderSubjects subjects, OrderQueries queries, Parties parties, Clock clock) {
        this.orders = orders;
        this.subjects = subjects;
        this.queries = queries;
        this.parties = parties;
        this.clock = clock;
    }

    /**
     * @param subjectId the gig's id ({@code SERVICE}) or the proposal's ({@code PROPOSAL})
     * @throws NotAllowedException      the caller's role is not the requester's, or they have no profile of it
     * @throws RuleViolationException   no such subject taking orders, their own subject, or a live order already
     */
    @Transactional
    public OrderView place(OrderType type, UserId user, Role role, long subjectId, OrderMessage message) {
        Party requester = requester(type, user, role);
        OrderSubject subject = (subjectId > 0 ? subjects.find(type, subjectId) : Optional.<OrderSubject>empty())
                .orElseThrow(() -> new RuleViolationException(Violation.of(Order.SUBJECT, OrderCodes.SUBJECT_UNAVAILABLE)));
        if (orders.hasLive(type, subjectId, user)) {
            throw new RuleViolationException(new Violation(List.of(), OrderCodes.ALREADY_ACTIVE, List.of(type)));
        }
        Order order = Order.place(orders.nextId(), subject, requester, message, now());
        orders.save(order);
        return queries.one(type, order.id().value(), user)
                .orElseThrow(() -> new NotFoundException("order " + order.id() + " just placed"));
    }

    private Party requester(OrderType type, UserId user, Role role) {
        if (type == OrderType.SERVICE) {
            if (role != Role.CLIENT) {
                throw new NotAllowedException("order.role-client-only", ONLY_CLIENTS);
            }
            return parties.client(user)
                    .orElseThrow(() -> new NotAllowedException("order.client-profile-needed", CLIENT_PROFILE_NEEDED));
        }
        if (role != Role.FREELANCER) {
            throw new NotAllowedException("order.role-freelancer-only", ONLY_FREELANCERS);
        }
        return parties.freelancer(user)
                .orElseThrow(() -> new NotAllowedException("order.freelancer-profile-needed", FREELANCER_PROFILE_NEEDED));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
