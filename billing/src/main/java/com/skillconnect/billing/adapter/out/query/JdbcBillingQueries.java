package com.skillconnect.billing.adapter.out.query;

import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.domain.BillingQueries;
import com.skillconnect.billing.domain.BillingViews.ActiveContract;
import com.skillconnect.billing.domain.BillingViews.FreelancerCard;
import com.skillconnect.billing.domain.BillingViews.PaymentPage;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link BillingQueries} in one SQL statement each (a page past the end adds a count): contracts and payment requests
 * joined to billing's copy of the orders and of the parties' cards (a name not known yet is empty).
 */
@Component
class JdbcBillingQueries implements BillingQueries {

    private static final String NAME = "trim(coalesce(%1$s.first_name, '') || ' ' || coalesce(%1$s.last_name, ''))";
    private static final String PAYMENT = """
            select p.id, p.contract_id, p.requested_by_user_id, %s as freelancer_name, p.payer_user_id, %s as payee_name,
                p.amount, p.description, p.status, p.payment_method, p.transaction_id, p.created_at, p.updated_at,
                count(*) over () as total
            from billing.payment_request p
            left join billing.profile_card fc on fc.user_id = p.requested_by_user_id and fc.role = 'FREELANCER'
            left join billing.profile_card cc on cc.user_id = p.payer_user_id and cc.role = 'CLIENT'
            """.formatted(NAME.formatted("fc"), NAME.formatted("cc"));

    private final JdbcTemplate jdbc;

    JdbcBillingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActiveContract> active(UserId user, int limit) {
        return jdbc.query("""
                select c.id, coalesce(o.title, '') as title, %s as freelancer_name, %s as client_name, c.workflow_status,
                    c.deadline, c.amount
                from billing.contract c
                left join billing.order_ref o on o.order_id = c.order_id
                left join billing.profile_card fc on fc.user_id = c.freelancer_user_id and fc.role = 'FREELANCER'
                left join billing.profile_card cc on cc.user_id = c.client_user_id and cc.role = 'CLIENT'
                where (c.client_user_id = ? or c.freelancer_user_id = ?) and c.status = 'ACCEPTED'
                order by c.created_at desc, c.id desc limit ?
                """.formatted(NAME.formatted("fc"), NAME.formatted("cc")),
                (row, n) -> new ActiveContract(row.getLong("id"), row.getString("title"), row.getString("freelancer_name"),
                        row.getString("client_name"), null, WorkflowStatus.valueOf(row.getString("workflow_status")),
                        row.getDate("deadline").toLocalDate(), row.getBigDecimal("amount")),
                user.value(), user.value(), limit);
    }

    @Override
    public List<FreelancerCard> uniqueFreelancers(UserId client, int limit) {
        return jdbc.query("""
                select id, name from (
                    select distinct on (c.freelancer_user_id)
                        coalesce(fc.profile_id, nullif(o.freelancer_id, 0), 0) as id, %s as name
                    from billing.contract c
                    left join billing.order_ref o on o.order_id = c.order_id
                    left join billing.profile_card fc on fc.user_id = c.freelancer_user_id and fc.role = 'FREELANCER'
                    where c.client_user_id = ? and c.status = 'ACCEPTED'
                    order by c.freelancer_user_id) f
                order by name, id limit ?
                """.formatted(NAME.formatted("fc")), (row, n) -> new FreelancerCard(row.getLong("id"),
                row.getString("name")), client.value(), limit);
    }

    @Override
    public Optional<PaymentRequestView> payment(PaymentRequestId id, UserId user) {
        return jdbc.query(PAYMENT + " where p.id = ? and (p.requested_by_user_id = ? or p.payer_user_id = ?)",
                JdbcBillingQueries::payment, id.value(), user.value(), user.value()).stream().findFirst();
    }

    @Override
    public PaymentPage payments(UserId user, long offset, int limit) {
        long[] total = {0};
        List<PaymentRequestView> page = jdbc.query(PAYMENT + """
                where p.requested_by_user_id = ? or p.payer_user_id = ?
                order by p.created_at desc, p.id desc offset ? limit ?
                """, (row, n) -> {
            total[0] = row.getLong("total");
            return payment(row, n);
        }, user.value(), user.value(), offset, limit);
        if (page.isEmpty() && offset > 0) {
            total[0] = jdbc.queryForObject("""
                    select count(*) from billing.payment_request where requested_by_user_id = ? or payer_user_id = ?
                    """, Long.class, user.value(), user.value());
        }
        return new PaymentPage(page, total[0]);
    }

    private static PaymentRequestView payment(ResultSet row, int n) throws SQLException {
        return new PaymentRequestView(row.getLong("id"), row.getLong("contract_id"), row.getLong("requested_by_user_id"),
                row.getString("freelancer_name"), row.getLong("payer_user_id"), row.getString("payee_name"),
                row.getBigDecimal("amount"), row.getString("description"), PaymentStatus.valueOf(row.getString("status")),
                PaymentMethod.valueOf(row.getString("payment_method")), row.getString("transaction_id"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
