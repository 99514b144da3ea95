package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.domain.CategoryRef;
import com.skillconnect.marketplace.domain.GigQueries;
import com.skillconnect.marketplace.domain.GigView;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingOrdering;
import com.skillconnect.marketplace.domain.ListingPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link GigQueries} in plain SQL: a gig, with its category, its skills (as arrays) and its freelancer's card, is
 * one row, so an own list is one statement and an explore page a few (the gigs' generation, its count, then the
 * page: the page's ids from the narrow indexed rows first, then those rows in full), whatever the page size. Counts
 * above a thousand are remembered ({@link ExploreCounts}), and so are the pages ({@link ExplorePages}): a large
 * result's for a while (none then, or the whole list's or a category's count read again), a small result's for as
 * long as the gigs' generation stays the same (the generation read only; ADR 0028).
 */
@Component
class JdbcGigQueries implements GigQueries {

    private static final String COLUMNS = """
            select g.id, g.title, g.description, g.category_id, cat.name as category_name, g.price, g.delivery_time,
                g.revisions, g.image, g.is_featured, g.is_active, g.created_at, g.updated_at,
                g.freelancer_id as fc_id, fc.first_name as fc_first_name, fc.last_name as fc_last_name,
                fc.picture_url as fc_picture_url, fc.location as fc_location, fc.country as fc_country,
                fc.available as fc_available,
                g.skill_ids, array(select s.name from unnest(g.skill_ids) with ordinality as u(id, n)
                      join marketplace.skill s on s.id = u.id order by u.n) as skill_names
            """;
    private static final String JOINS = """
             join marketplace.category cat on cat.id = g.category_id
             left join marketplace.freelancer_card fc on fc.freelancer_id = g.freelancer_id
            """;
    private static final String OWN = COLUMNS + " from marketplace.gig g" + JOINS
            + " where g.freelancer_user_id = :user and g.deleted_at is null";

    /** What the orderings read. */
    private static final String ORDER_COLUMNS = "g.id, g.price, g.created_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final ExploreCounts counts;
    private final ExplorePages pages;

    JdbcGigQueries(NamedParameterJdbcTemplate jdbc, ExploreCounts counts, ExplorePages pages) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.pages = pages;
    }

    @Override
    public List<GigView> ownedBy(UserId freelancer) {
        return jdbc.query(OWN + " order by g.created_at desc, g.id desc", new MapSqlParameterSource("user", freelancer.value()),
                (rs, n) -> view(rs));
    }

    @Override
    public Optional<GigView> ownedBy(UserId freelancer, GigId id) {
        return jdbc.query(OWN + " and g.id = :id", new MapSqlParameterSource("user", freelancer.value()).addValue("id", id.value()),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    @Override
    public ListingPage<GigView> explore(ListingFilter filter) {
        return ListingSql.explore(pages, jdbc, "gig", filter, known -> select(filter, known));
    }

    private ListingPage<GigView> select(ListingFilter filter, Long knownTotal) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where g.is_active and g.deleted_at is null");
        if (filter.categoryId() != null) {
            where.append(" and g.category_id = :category");
            parameters.addValue("category", filter.categoryId());
        }
        if (filter.minAmount() != null) {
            where.append(" and g.price >= :minPrice");
            parameters.addValue("minPrice", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            where.append(" and g.price <= :maxPrice");
            parameters.addValue("maxPrice", filter.maxAmount());
        }
        if (filter.maxDays() != null) {
            where.append(" and g.delivery_time <= :days");
            parameters.addValue("days", filter.maxDays());
        }
        ListingSql.skill(filter, "g", where, parameters);
        boolean ranked = ListingSql.search(filter.search(), "g", where, parameters) != null;
        String fromWhere = "from marketplace.gig g" + where;
        long total = ListingSql.count(jdbc, counts, "gig", filter, fromWhere, parameters, knownTotal);
        if (total <= filter.offset()) {
            return new ListingPage<>(List.of(), total);
        }
        String order = orderBy(filter.ordering(), ranked);
        String page = ListingSql.pageIds("g", ORDER_COLUMNS, fromWhere, order, ranked, filter, parameters);
        List<GigView> items = jdbc.query(COLUMNS + " from (" + page + ") page join marketplace.gig g on g.id = page.id"
                + JOINS + " order by " + order, parameters, (rs, n) -> view(rs));
        return new ListingPage<>(items, total);
    }

    private static String orderBy(ListingOrdering ordering, boolean ranked) {
        if (ordering == null) {
            return ranked ? ListingSql.rank("g") + " desc, g.created_at desc, g.id desc" : "g.created_at desc, g.id desc";
        }
        return switch (ordering) {
            case AMOUNT -> "g.price, g.id";
            case AMOUNT_DESC -> "g.price desc, g.id desc";
            case CREATED_AT -> "g.created_at, g.id";
            case CREATED_AT_DESC -> "g.created_at desc, g.id desc";
        };
    }

    private static GigView view(ResultSet rs) throws SQLException {
        return new GigView(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                new CategoryRef(rs.getLong("category_id"), rs.getString("category_name")), ListingRows.skills(rs),
                ListingRows.freelancer(rs, "fc_"), ListingRows.amount(rs, "price"), rs.getInt("delivery_time"),
                rs.getInt("revisions"), ListingRows.media(rs.getString("image")), rs.getBoolean("is_featured"),
                rs.getBoolean("is_active"), ListingRows.instant(rs.getTimestamp("created_at")),
                ListingRows.instant(rs.getTimestamp("updated_at")));
    }
}
