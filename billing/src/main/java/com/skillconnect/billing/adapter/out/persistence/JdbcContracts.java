package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.billing.domain.ContractTerms;
import com.skillconnect.billing.domain.Contracts;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Contracts} in {@code billing.contract}: a new contract (version 0) is inserted, a changed one updated on its
 * version (a concurrent change fails it, app answers 409). The partial unique index {@value #LIVE_PER_ORDER} keeps one
 * live contract per order, also against two requests at the same instant ({@link BillingConstraints}). A saved
 * contract's {@code ContractChanged} is published in the saving transaction.
 */
@Component
class JdbcContracts implements Contracts {

    static final String LIVE_PER_ORDER = "contract_live_per_order";

    private static final String COLUMNS = """
            id, version, order_type, order_id, client_user_id, freelancer_user_id, creator_user_id, amount, deadline,
            terms, milestones, status, workflow_status, created_at, updated_at""";

    private final JdbcTemplate jdbc;
    private final RecordedEvents events;

    JdbcContracts(JdbcTemplate jdbc, RecordedEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public ContractId nextId() {
        return new ContractId(jdbc.queryForObject("select nextval('billing.contract_id_seq')", Long.class));
    }

    @Override
    public Optional<Contract> find(ContractId id) {
        return jdbc.query("select " + COLUMNS + " from billing.contract where id = ?", JdbcContracts::contract,
                id.value()).stream().findFirst();
    }

    @Override
    public Optional<Contract> findLocked(ContractId id) {
        return jdbc.query("select " + COLUMNS + " from billing.contract where id = ? for update", JdbcContracts::contract,
                id.value()).stream().findFirst();
    }

    @Override
    public List<Contract> ofParty(UserId user, OrderType type, OrderId order, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS
                + " from billing.contract where (client_user_id = ? or freelancer_user_id = ?)");
        List<Object> args = new ArrayList<>(List.of(user.value(), user.value()));
        if (type != null) {
            sql.append(" and order_type = ?");
            args.add(type.name());
        }
        if (order != null) {
            sql.append(" and order_id = ?");
            args.add(order.value());
        }
        sql.append(" order by created_at desc, id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), JdbcContracts::contract, args.toArray());
    }

    @Override
    public boolean hasLive(OrderId order) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from billing.contract where order_id = ? and status in ('DRAFT', 'PENDING', 'ACCEPTED'))
                """, Boolean.class, order.value()));
    }

    @Override
    public Contract save(Contract contract) {
        ContractTerms terms = contract.terms();
        if (contract.version() == 0) {
            jdbc.update("insert into billing.contract (" + COLUMNS + ") values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    contract.id().value(), contract.orderType().name(), contract.orderId().value(),
                    contract.clientUser().value(), contract.freelancerUser().value(), contract.creator().value(),
                    terms.amount().amount(), Date.valueOf(terms.deadline()), terms.terms(), terms.milestones(),
                    contract.status().name(), contract.workflow().name(), Timestamp.from(contract.createdAt()),
                    Timestamp.from(contract.updatedAt()));
        } else {
            int updated = jdbc.update("""
                    update billing.contract set version = version + 1, amount = ?, deadline = ?, terms = ?, milestones = ?,
                        status = ?, workflow_status = ?, updated_at = ?
                    where id = ? and version = ?
                    """, terms.amount().amount(), Date.valueOf(terms.deadline()), terms.terms(), terms.milestones(),
                    contract.status().name(), contract.workflow().name(), Timestamp.from(contract.updatedAt()),
                    contract.id().value(), contract.version());
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Contract " + contract.id() + " changed meanwhile");
            }
        }
        events.publishFrom(contract);
        return find(contract.id()).orElseThrow();
    }

    static Contract contract(ResultSet row, int n) throws SQLException {
        return new Contract(new ContractId(row.getLong("id")), OrderType.valueOf(row.getString("order_type")),
                new OrderId(row.getLong("order_id")), new UserId(row.getLong("client_user_id")),
                new UserId(row.getLong("freelancer_user_id")), new UserId(row.getLong("creator_user_id")),
                new ContractTerms(new Money(row.getBigDecimal("amount")), row.getDate("deadline").toLocalDate(),
                        row.getString("terms"), row.getString("milestones")),
                ContractStatus.valueOf(row.getString("status")), WorkflowStatus.valueOf(row.getString("workflow_status")),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getLong("version"));
    }
}
