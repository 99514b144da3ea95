package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.OrderPage;
import com.skillconnect.marketplace.domain.OrderQueries;
import com.skillconnect.marketplace.domain.OrderView;
import com.skillconnect.marketplace.domain.OrderView.ClientSide;
import com.skillconnect.marketplace.domain.OrderView.FreelancerSide;
import com.skillconnect.marketplace.domain.OrderView.Subject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link OrderQueries} in one statement per page: the orders with both parties' cards, the category's name and
 * the proposal's current status joined in, and the number of all the party's orders alongside each row
 * ({@code count(*) over ()}); only a page past the end runs a second statement, to count.
 */
@Component
class JdbcOrderQueries implements OrderQueries {

    private static final String SELECT = """
            select o.id, o.type, o.subject_id, o.title, o.price_min, o.price_max, o.days, o.category_id, o.image,
                o.message, o.status, o.created_at, o.updated_at,
                o.client_id, cc.first_name as c_first, cc.last_name as c_last, cc.account_type, cc.company_name,
                cc.picture_url as c_picture, cc.country as c_country, cc.location as c_location, cc.industry,
                o.freelancer_id, fc.first_name as f_first, fc.last_name as f_last, fc.location as f_location,
                fc.available, fc.picture_url as f_picture,
                c.name as category_name, p.status as proposal_status%s
            from marketplace.orders o
            left join marketplace.client_card cc on cc.client_id = o.client_id
            left join marketplace.freelancer_card fc on fc.freelancer_id = o.freelancer_id
            left join marketplace.category c on c.id = o.category_id
            left join marketplace.proposal p on o.type = 'PROPOSAL' and p.id = o.subject_id
            where o.type = ? and (o.client_user_id = ? or o.freelancer_user_id = ?)
            """;

    private final JdbcTemplate jdbc;

    JdbcOrderQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OrderPage list(OrderType type, UserId party, boolean oldestFirst, long offset, int limit) {
        String direction = oldestFirst ? "asc" : "desc";
        record Row(OrderView view, long total) {
        }
        List<Row> rows = jdbc.query(SELECT.formatted(", count(*) over () as total")
                        + " order by o.created_at " + direction + ", o.id " + direction + " limit ? offset ?",
                (row, n) -> new Row(view(row), row.getLong("total")),
                type.name(), party.value(), party.value(), limit, offset);
        long total = rows.isEmpty() ? (offset == 0 ? 0 : count(type, party)) : rows.getFirst().total();
        return new OrderPage(rows.stream().map(Row::view).toList(), total);
    }

    private long count(OrderType type, UserId party) {
        Long total = jdbc.queryForObject(
                "select count(*) from marketplace.orders where type = ? and (client_user_id = ? or freelancer_user_id = ?)",
                Long.class, type.name(), party.value(), party.value());
        return total == null ? 0 : total;
    }

    @Override
    public Optional<OrderView> one(OrderType type, long id, UserId party) {
        return jdbc.query(SELECT.formatted("") + " and o.id = ?", (row, n) -> view(row),
                type.name(), party.value(), party.value(), id).stream().findFirst();
    }

    private static OrderView view(ResultSet row) throws SQLException {
        ClientSide client = new ClientSide(row.getLong("client_id"), name(row.getString("c_first"), row.getString("c_last")),
                row.getString("account_type"), row.getString("company_name"), row.getString("c_picture"),
                row.getString("c_country"), row.getString("c_location"), row.getString("industry"));
        FreelancerSide freelancer = new FreelancerSide(row.getLong("freelancer_id"),
                name(row.getString("f_first"), row.getString("f_last")), row.getString("f_location"), 0, 0,
                row.getBoolean("available"), row.getString("f_picture"));
        Subject subject = new Subject(row.getLong("subject_id"), row.getString("title"), row.getBigDecimal("price_min"),
                row.getBigDecimal("price_max"), row.getInt("days"), row.getLong("category_id"),
                row.getString("category_name"), row.getString("image"), row.getString("proposal_status"));
        return new OrderView(row.getLong("id"), OrderType.valueOf(row.getString("type")), client, freelancer, subject,
                row.getString("message"), OrderStatus.valueOf(row.getString("status")),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static String name(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
