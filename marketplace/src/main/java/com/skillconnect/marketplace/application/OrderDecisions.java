package com.skillconnect.marketplace.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.Order;
import com.skillconnect.marketplace.domain.OrderCodes;
import com.skillconnect.marketplace.domain.OrderQueries;
import com.skillconnect.marketplace.domain.OrderSubjects;
import com.skillconnect.marketplace.domain.OrderView;
import com.skillconnect.marketplace.domain.Orders;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party changes an order's status (the order's state machine decides whether they may). Accepting an
 * application also awards its proposal to the freelancer (in progress, selected freelancer set) and rejects the
 * other pending applications to it, all in one transaction; of two applications accepted at once, exactly one
 * wins (the award is conditional on the proposal being open). When the accepted application ends, so does the
 * award: completed, the proposal is completed; cancelled, the proposal is open again for other applications. Anyone but the order's client and freelancer is
 * told it does not exist.
 */
@Service
public class OrderDecisions {

    private final Orders orders;
    private final OrderSubjects subjects;
    private final OrderQueries queries;
    private final Clock clock;

    OrderDecisions(Orders orders, OrderSubjects subjects, OrderQueries queries, Clock clock) {
        this.orders = orders;
        this.subjects = subjects;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException      no order of that type and id has the user as a party
     * @throws RuleViolationException the state machine refuses the change, or the application's proposal is no
     *                                longer open
     */
    @Transactional
    public OrderView change(OrderType type, long id, UserId user, OrderStatus wanted) {
        Order order = (id > 0 ? orders.find(type, new OrderId(id)) : java.util.Optional.<Order>empty())
                .filter(found -> found.involves(user))
                .orElseThrow(() -> new NotFoundException(type + " order " + id));
        Instant now = now();
        boolean wasAccepted = order.status() == OrderStatus.ACCEPTED;
        order.changeStatus(wanted, user, now);
        boolean awarding = type == OrderType.PROPOSAL && wanted == OrderStatus.ACCEPTED;
        if (type == OrderType.PROPOSAL && wasAccepted) {
            subjects.awardEnded(order.subjectId(), order.freelancer(), wanted == OrderStatus.COMPLETED, now);
        }
        if (awarding && !subjects.award(order.subjectId(), order.freelancer(), now)) {
            throw new RuleViolationException(Violation.whole(OrderCodes.PROPOSAL_NOT_OPEN));
        }
        orders.save(order);
        if (awarding) {
            for (Order other : orders.pendingApplications(order.subjectId())) {
                other.rejectBecauseAnotherWasAccepted(now);
                orders.save(other);
            }
        }
        return queries.one(type, id, user).orElseThrow(() -> new NotFoundException(type + " order " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
