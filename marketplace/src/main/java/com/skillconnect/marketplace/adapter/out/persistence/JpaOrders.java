package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.Order;
import com.skillconnect.marketplace.domain.OrderMessage;
import com.skillconnect.marketplace.domain.OrderTerms;
import com.skillconnect.marketplace.domain.Orders;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link Orders} on PostgreSQL: maps the aggregate to its row and back (the row's optimistic version guards
 * against a concurrent change of the same order); saving publishes the events it recorded.
 */
@Component
class JpaOrders implements Orders {

    static final String SERVICE_LIVE_UNIQUE = "service_order_live_key";
    static final String PROPOSAL_LIVE_UNIQUE = "proposal_order_live_key";

    private static final List<String> LIVE = Arrays.stream(OrderStatus.values()).filter(OrderStatus::live)
            .map(OrderStatus::name).toList();

    private final OrderJpaRepository rows;
    private final RecordedEvents events;

    JpaOrders(OrderJpaRepository rows, RecordedEvents events) {
        this.rows = rows;
        this.events = events;
    }

    @Override
    public OrderId nextId() {
        return new OrderId(rows.nextId());
    }

    @Override
    public Optional<Order> find(OrderType type, OrderId id) {
        return rows.findByIdAndType(id.value(), type.name()).map(JpaOrders::toDomain);
    }

    @Override
    public boolean hasLive(OrderType type, long subjectId, UserId requester) {
        return type == OrderType.SERVICE
                ? rows.existsByTypeAndSubjectIdAndClientUserIdAndStatusIn(type.name(), subjectId, requester.value(), LIVE)
                : rows.existsByTypeAndSubjectIdAndFreelancerUserIdAndStatusIn(type.name(), subjectId, requester.value(), LIVE);
    }

    @Override
    public List<Order> pendingApplications(long proposalId) {
        return rows.findByTypeAndSubjectIdAndStatusOrderById(OrderType.PROPOSAL.name(), proposalId,
                OrderStatus.PENDING.name()).stream().map(JpaOrders::toDomain).toList();
    }

    @Override
    public Order save(Order order) {
        OrderEntity row = rows.findById(order.id().value()).orElseGet(OrderEntity::new);
        copy(order, row);
        rows.saveAndFlush(row); // now: a second live order fails here on a *_LIVE_UNIQUE index
        return events.publishFrom(order);
    }

    private static void copy(Order order, OrderEntity row) {
        OrderTerms terms = order.terms();
        row.id = order.id().value();
        row.type = order.type().name();
        row.subjectId = order.subjectId();
        row.clientId = order.client().value();
        row.clientUserId = order.clientUser().value();
        row.freelancerId = order.freelancer().value();
        row.freelancerUserId = order.freelancerUser().value();
        row.title = terms.title();
        row.priceMin = terms.priceMin();
        row.priceMax = terms.priceMax();
        row.days = terms.days();
        row.categoryId = terms.categoryId();
        row.image = terms.image();
        row.message = order.message().text();
        row.status = order.status().name();
        row.createdAt = order.createdAt();
        row.updatedAt = order.updatedAt();
    }

    private static Order toDomain(OrderEntity row) {
        return new Order(new OrderId(row.id), OrderType.valueOf(row.type), row.subjectId, new UserId(row.clientUserId),
                new ClientId(row.clientId), new UserId(row.freelancerUserId), new FreelancerId(row.freelancerId),
                new OrderTerms(row.title, row.priceMin, row.priceMax, row.days, row.categoryId, row.image),
                new OrderMessage(row.message), OrderStatus.valueOf(row.status), row.createdAt, row.updatedAt);
    }
}
