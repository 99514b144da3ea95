package com.skillconnect.talent.adapter.out.query;

import com.skillconnect.talent.domain.AccountType;
import com.skillconnect.talent.domain.ClientCard;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientDirectory;
import com.skillconnect.talent.domain.ClientPage;
import com.skillconnect.talent.domain.ClientSearch;
import com.skillconnect.talent.domain.ClientView;
import com.skillconnect.kernel.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ClientDirectory} in plain SQL: a browse is two statements (the page and its count), and one
 * more to search, whatever the page size; a detail one. The count is {@link BrowseCounts}'s (ADR 0007).
 * <p>
 * Search: the freelancer rule ({@link SearchWords}, ADR 0006): each word of the query must occur in the
 * name, company name, industry or description as the prefix of a word or inside a word (so "start" finds
 * "TechStart"). Matches are ranked by full-text rank: name and company name weigh most, then industry.
 */
@Component
class JdbcClientDirectory implements ClientDirectory {

    private static final String CARD_COLUMNS = """
            c.id, c.first_name, c.last_name, c.account_type, c.company_name, c.picture_path,
            c.company_description, c.country, c.location, c.industry""";

    private final NamedParameterJdbcTemplate jdbc;
    private final BrowseCounts counts;
    private final LargeResultPages largeResults;

    JdbcClientDirectory(NamedParameterJdbcTemplate jdbc, BrowseCounts counts, LargeResultPages largeResults) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.largeResults = largeResults;
    }

    @Override
    public ClientPage browse(ClientSearch search) {
        return largeResults.page(search, ClientPage.class, ClientPage::total, () -> select(search));
    }

    private ClientPage select(ClientSearch search) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (search.country() != null) {
            where.append(" AND lower(c.country) = lower(:country)");
            parameters.addValue("country", search.country());
        }
        if (search.location() != null) {
            where.append(" AND lower(c.location) = lower(:location)");
            parameters.addValue("location", search.location());
        }
        if (search.industry() != null) {
            where.append(" AND lower(c.industry) = lower(:industry)");
            parameters.addValue("industry", search.industry());
        }
        String ranking = SearchWords.of(search.search()).appendConditions(where, "c", parameters, jdbc);
        boolean ranked = ranking != null;
        if (ranked) {
            parameters.addValue("ranking", ranking);
        }
        parameters.addValue("limit", search.limit()).addValue("offset", search.offset());
        String order = orderBy(search.ordering(), ranked);
        String pageIds = "SELECT c.id FROM talent.client c" + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        if (ranked && search.ordering() == null && search.offset() + search.limit() <= SearchWords.RANKING_WINDOW) {
            // rank the newest matches only (ADR 6): a common word matches thousands of clients
            parameters.addValue("window", SearchWords.RANKING_WINDOW);
            pageIds = "SELECT c.id FROM (SELECT c.id, c.search_vector, c.created_at FROM talent.client c" + where
                    + " ORDER BY c.created_at DESC, c.id DESC LIMIT :window) c ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        }
        // the page's ids first, from narrow rows, then the wide rows of the page only
        String pageQuery = "SELECT " + CARD_COLUMNS + " FROM talent.client c JOIN (" + pageIds + ") page ON page.id = c.id ORDER BY " + order;
        List<ClientCard> cards = jdbc.query(pageQuery, parameters, (rs, n) -> card(rs));
        long total = counts.count("FROM talent.client c" + where, parameters);
        return new ClientPage(cards, total);
    }

    @Override
    public Optional<ClientView> findById(long id) {
        return jdbc.query("SELECT * FROM talent.client WHERE id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    private static String orderBy(ClientSearch.Ordering ordering, boolean ranked) {
        if (ordering == null) {
            return ranked ? "ts_rank(c.search_vector, cast(:ranking as tsquery)) DESC, c.created_at DESC, c.id DESC"
                    : "c.created_at DESC, c.id DESC";
        }
        return switch (ordering) {
            case CREATED_AT -> "c.created_at, c.id";
            case CREATED_AT_DESC -> "c.created_at DESC, c.id DESC";
            case COMPANY_NAME -> "lower(c.company_name), c.id";
            case COMPANY_NAME_DESC -> "lower(c.company_name) DESC, c.id DESC";
        };
    }

    private static ClientCard card(ResultSet rs) throws SQLException {
        return new ClientCard(rs.getLong("id"), (rs.getString("first_name") + " " + rs.getString("last_name")).trim(),
                AccountType.valueOf(rs.getString("account_type")).wireValue(), rs.getString("company_name"),
                pictureUrl(rs.getString("picture_path")), rs.getString("company_description"), rs.getString("country"),
                rs.getString("location"), rs.getString("industry"));
    }

    private static ClientView view(ResultSet rs) throws SQLException {
        ClientDetails details = new ClientDetails(AccountType.valueOf(rs.getString("account_type")),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("company_name"),
                rs.getString("company_description"), rs.getString("country"), rs.getString("location"),
                rs.getString("industry"), rs.getString("company_size"), rs.getString("website"),
                items(rs, "project_types"), rs.getString("budget_range"), rs.getString("project_frequency"),
                items(rs, "preferred_communications"), rs.getString("working_hours"), items(rs, "business_goals"),
                items(rs, "current_challenges"), rs.getString("previous_experiences"),
                rs.getString("expected_timeline"), rs.getString("quality_importance"), rs.getString("payment_method"),
                rs.getBigDecimal("monthly_budget"), rs.getBigDecimal("project_budget"), rs.getString("payment_timing"));
        return new ClientView(rs.getLong("id"), rs.getLong("user_id"), details, pictureUrl(rs.getString("picture_path")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    /** A {@code text[]} column as a list (the four list fields of a client). */
    private static java.util.List<String> items(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? java.util.List.of() : java.util.List.of((String[]) array.getArray());
    }

    private static String pictureUrl(String path) {
        return path == null ? null : new StoredFile(path).url();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
