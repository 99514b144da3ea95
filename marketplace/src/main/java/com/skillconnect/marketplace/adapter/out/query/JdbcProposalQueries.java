package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.ProposalId;
import com.skillconnect.marketplace.domain.CategoryRef;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingOrdering;
import com.skillconnect.marketplace.domain.ListingPage;
import com.skillconnect.marketplace.domain.ProposalQueries;
import com.skillconnect.marketplace.domain.ProposalView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ProposalQueries} in plain SQL, as {@link JdbcGigQueries}: a proposal with its category, skills, client's
 * card, selected freelancer's card and the cards of the freelancers with a live (pending or accepted) application
 * to it ({@code marketplace.orders}, in the order they applied; one array column per card field, read by a lateral
 * subquery of the same statement) is one row.
 */
@Component
class JdbcProposalQueries implements ProposalQueries {

    private static final String COLUMNS = """
            select p.id, p.title, p.description, p.category_id, cat.name as category_name, p.budget_min, p.budget_max,
                p.timeline_days, p.project_scope, p.is_urgent, p.status, p.is_active, p.created_at, p.updated_at,
                p.client_id as cc_id, cc.first_name as cc_first_name, cc.last_name as cc_last_name,
                cc.account_type as cc_account_type, cc.company_name as cc_company_name, cc.picture_url as cc_picture_url,
                cc.country as cc_country, cc.location as cc_location, cc.industry as cc_industry,
                sf.freelancer_id as sf_id, sf.first_name as sf_first_name, sf.last_name as sf_last_name,
                sf.picture_url as sf_picture_url, sf.location as sf_location, sf.country as sf_country,
                sf.available as sf_available,
                af.af_id, af.af_first_name, af.af_last_name, af.af_picture_url, af.af_location, af.af_country,
                af.af_available,
                p.skill_ids, array(select s.name from unnest(p.skill_ids) with ordinality as u(id, n)
                      join marketplace.skill s on s.id = u.id order by u.n) as skill_names
            """;
    private static final String JOINS = """
             join marketplace.category cat on cat.id = p.category_id
             left join marketplace.client_card cc on cc.client_id = p.client_id
             left join marketplace.freelancer_card sf on sf.freelancer_id = p.selected_freelancer_id
             left join lateral (select array_agg(f.freelancer_id order by o.id) as af_id,
                    array_agg(f.first_name order by o.id) as af_first_name,
                    array_agg(f.last_name order by o.id) as af_last_name,
                    array_agg(f.picture_url order by o.id) as af_picture_url,
                    array_agg(f.location order by o.id) as af_location,
                    array_agg(f.country order by o.id) as af_country,
                    array_agg(f.available order by o.id) as af_available
                from marketplace.orders o join marketplace.freelancer_card f on f.freelancer_id = o.freelancer_id
                where o.type = 'PROPOSAL' and o.subject_id = p.id and o.status in ('PENDING', 'ACCEPTED')) af on true
            """;
    private static final String OWN = COLUMNS + " from marketplace.proposal p" + JOINS
            + " where p.client_user_id = :user and p.deleted_at is null";

    /** What the orderings read. */
    private static final String ORDER_COLUMNS = "p.id, p.budget_min, p.budget_max, p.created_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final ExploreCounts counts;
    private final ExplorePages pages;

    JdbcProposalQueries(NamedParameterJdbcTemplate jdbc, ExploreCounts counts, ExplorePages pages) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.pages = pages;
    }

    @Override
    public List<ProposalView> ownedBy(UserId client) {
        return jdbc.query(OWN + " order by p.created_at desc, p.id desc", new MapSqlParameterSource("user", client.value()),
                (rs, n) -> view(rs));
    }

    @Override
    public Optional<ProposalView> ownedBy(UserId client, ProposalId id) {
        return jdbc.query(OWN + " and p.id = :id", new MapSqlParameterSource("user", client.value()).addValue("id", id.value()),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    @Override
    public ListingPage<ProposalView> explore(ListingFilter filter) {
        return ListingSql.explore(pages, jdbc, "proposal", filter, known -> select(filter, known));
    }

    private ListingPage<ProposalView> select(ListingFilter filter, Long knownTotal) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where p.status = 'open' and p.is_active and p.deleted_at is null");
        if (filter.categoryId() != null) {
            where.append(" and p.category_id = :category");
            parameters.addValue("category", filter.categoryId());
        }
        if (filter.minAmount() != null) {
            where.append(" and p.budget_min >= :minBudget");
            parameters.addValue("minBudget", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            where.append(" and p.budget_max <= :maxBudget");
            parameters.addValue("maxBudget", filter.maxAmount());
        }
        if (filter.maxDays() != null) {
            where.append(" and p.timeline_days <= :days");
            parameters.addValue("days", filter.maxDays());
        }
        ListingSql.skill(filter, "p", where, parameters);
        boolean ranked = ListingSql.search(filter.search(), "p", where, parameters) != null;
        String fromWhere = "from marketplace.proposal p" + where;
        long total = ListingSql.count(jdbc, counts, "proposal", filter, fromWhere, parameters, knownTotal);
        if (total <= filter.offset()) {
            return new ListingPage<>(List.of(), total);
        }
        String order = orderBy(filter.ordering(), ranked);
        String page = ListingSql.pageIds("p", ORDER_COLUMNS, fromWhere, order, ranked, filter, parameters);
        List<ProposalView> items = jdbc.query(COLUMNS + " from (" + page + ") page join marketplace.proposal p on p.id = page.id"
                + JOINS + " order by " + order, parameters, (rs, n) -> view(rs));
        return new ListingPage<>(items, total);
    }

    private static String orderBy(ListingOrdering ordering, boolean ranked) {
        if (ordering == null) {
            return ranked ? ListingSql.rank("p") + " desc, p.created_at desc, p.id desc" : "p.created_at desc, p.id desc";
        }
        return switch (ordering) {
            case AMOUNT -> "p.budget_min, p.budget_max, p.id";
            case AMOUNT_DESC -> "p.budget_min desc, p.budget_max desc, p.id desc";
            case CREATED_AT -> "p.created_at, p.id";
            case CREATED_AT_DESC -> "p.created_at desc, p.id desc";
        };
    }

    private static ProposalView view(ResultSet rs) throws SQLException {
        var skills = ListingRows.skills(rs);
        return new ProposalView(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                new CategoryRef(rs.getLong("category_id"), rs.getString("category_name")), skills, skills,
                ListingRows.amount(rs, "budget_min"), ListingRows.amount(rs, "budget_max"), rs.getInt("timeline_days"),
                rs.getString("project_scope"), rs.getBoolean("is_urgent"), ListingRows.client(rs), ListingRows.freelancers(rs, "af_"),
                ListingRows.freelancer(rs, "sf_"), rs.getString("status"), rs.getBoolean("is_active"),
                ListingRows.instant(rs.getTimestamp("created_at")), ListingRows.instant(rs.getTimestamp("updated_at")));
    }
}
