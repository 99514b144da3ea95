package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.domain.CheckoutOrder;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link PaymentRequests} in {@code billing.payment_request}: inserted at version 1, updated on its version (a
 * concurrent change fails it); saving publishes the events the request raised, in the same transaction.
 */
@Component
class JdbcPaymentRequests implements PaymentRequests {

    private static final String COLUMNS = """
            id, version, contract_id, order_id, requested_by_user_id, payer_user_id, amount, description, payment_method,
            status, transaction_id, gateway_order_id, gateway_order_amount, created_at, updated_at""";

    private final JdbcTemplate jdbc;
    private final RecordedEvents events;

    JdbcPaymentRequests(JdbcTemplate jdbc, RecordedEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public PaymentRequestId nextId() {
        return new PaymentRequestId(jdbc.queryForObject("select nextval('billing.payment_request_id_seq')", Long.class));
    }

    @Override
    public Optional<PaymentRequest> find(PaymentRequestId id) {
        return jdbc.query("select " + COLUMNS + " from billing.payment_request where id = ?",
                JdbcPaymentRequests::request, id.value()).stream().findFirst();
    }

    @Override
    public Optional<PaymentRequest> findByCheckoutOrder(String gatewayOrderId) {
        return jdbc.query("select " + COLUMNS + " from billing.payment_request where gateway_order_id = ?",
                JdbcPaymentRequests::request, gatewayOrderId).stream().findFirst();
    }

    @Override
    public BigDecimal bindingTotal(ContractId contract) {
        return total(contract, "'PENDING', 'COMPLETED'");
    }

    @Override
    public BigDecimal completedTotal(ContractId contract) {
        return total(contract, "'COMPLETED'");
    }

    private BigDecimal total(ContractId contract, String statuses) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from billing.payment_request where contract_id = ? "
                + "and status in (" + statuses + ")", BigDecimal.class, contract.value());
    }

    @Override
    public PaymentRequest save(PaymentRequest request) {
        if (request.version() == 0) {
            jdbc.update("insert into billing.payment_request (" + COLUMNS + ") values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    request.id().value(), request.contract().value(), request.orderId().value(),
                    request.requestedBy().value(), request.payer().value(), request.amount().amount(),
                    request.description(), request.method().name(), request.status().name(),
                    request.transactionId().orElse(null), orderId(request), orderAmount(request),
                    Timestamp.from(request.createdAt()),
                    Timestamp.from(request.updatedAt()));
        } else {
            int updated = jdbc.update("""
                    update billing.payment_request set version = version + 1, status = ?, transaction_id = ?,
                        gateway_order_id = ?, gateway_order_amount = ?, updated_at = ?
                    where id = ? and version = ?
                    """, request.status().name(), request.transactionId().orElse(null), orderId(request),
                    orderAmount(request), Timestamp.from(request.updatedAt()), request.id().value(), request.version());
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Payment request " + request.id() + " changed meanwhile");
            }
        }
        return events.publishFrom(request);
    }

    private static String orderId(PaymentRequest request) {
        return request.checkoutOrder().map(CheckoutOrder::id).orElse(null);
    }

    private static Long orderAmount(PaymentRequest request) {
        return request.checkoutOrder().map(CheckoutOrder::amountInPaise).orElse(null);
    }

    private static PaymentRequest request(ResultSet row, int n) throws SQLException {
        String gatewayOrder = row.getString("gateway_order_id");
        return new PaymentRequest(new PaymentRequestId(row.getLong("id")), new ContractId(row.getLong("contract_id")),
                new OrderId(row.getLong("order_id")), new UserId(row.getLong("requested_by_user_id")),
                new UserId(row.getLong("payer_user_id")), new Money(row.getBigDecimal("amount")),
                row.getString("description"), PaymentMethod.valueOf(row.getString("payment_method")),
                PaymentStatus.valueOf(row.getString("status")), row.getString("transaction_id"),
                gatewayOrder == null ? null : new CheckoutOrder(gatewayOrder, row.getLong("gateway_order_amount")),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getLong("version"));
    }
}
