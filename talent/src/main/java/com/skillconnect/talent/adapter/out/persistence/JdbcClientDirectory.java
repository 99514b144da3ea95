package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.talent.domain.AccountType;
import com.skillconnect.talent.domain.ClientCard;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientDirectory;
import com.skillconnect.talent.domain.ClientPage;
import com.skillconnect.talent.domain.ClientSearch;
import com.skillconnect.talent.domain.ClientView;
import com.skillconnect.talent.domain.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ClientDirectory} in plain SQL: a browse is two statements (the page and its count) whatever
 * the page size, a detail one. The count is {@link BrowseCounts}'s (ADR 0007).
 * <p>
 * Search: each word of the query must match as a word or the beginning of a word of the name, company
 * name, industry or description (full text, {@code simple} configuration, prefix terms, GIN index), or
 * the whole query must appear anywhere in that text (trigram GIN index, so "start" finds "TechStart").
 * Matches are ranked by full-text rank (name and company name weigh most) plus trigram word similarity.
 */
@Component
class JdbcClientDirectory implements ClientDirectory {

    private static final String CARD_COLUMNS = """
            c.id, c.first_name, c.last_name, c.account_type, c.company_name, c.picture_path,
            c.company_description, c.country, c.location, c.industry""";

    /** A search without an explicit ordering ranks the newest this many matches; pages beyond rank every match. */
    static final int RANKING_WINDOW = 500;

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
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(search, parameters);
        boolean ranked = search.search() != null;
        String rank = !ranked ? "" : parameters.hasValue("tsquery")
                ? ", (ts_rank(c.search_vector, to_tsquery('simple', :tsquery)) * 2 + word_similarity(:plain, c.search_text)) AS rank"
                : ", word_similarity(:plain, c.search_text) AS rank";
        parameters.addValue("limit", search.limit()).addValue("offset", search.offset());
        String from = " FROM talent.client c" + where;
        if (ranked && search.ordering() == null && search.offset() + search.limit() <= RANKING_WINDOW) {
            // rank the newest matches only (ADR 6): a common word matches thousands of clients
            parameters.addValue("window", RANKING_WINDOW);
            from = " FROM (SELECT * FROM talent.client c" + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT :window) c";
        }
        String pageQuery = "SELECT " + CARD_COLUMNS + rank + from + " ORDER BY " + orderBy(search.ordering(), ranked)
                + " LIMIT :limit OFFSET :offset";
        Optional<ClientPage> remembered = largeResults.find(pageQuery, parameters, ClientPage.class);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        List<ClientCard> cards = jdbc.query(pageQuery, parameters, (rs, n) -> card(rs));
        long total = counts.count("FROM talent.client c" + where, parameters);
        return largeResults.remember(pageQuery, parameters, total, new ClientPage(cards, total));
    }

    @Override
    public Optional<ClientView> findById(long id) {
        return jdbc.query("SELECT * FROM talent.client WHERE id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    private static String where(ClientSearch search, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (search.country() != null) {
            conditions.add("lower(c.country) = lower(:country)");
            parameters.addValue("country", search.country());
        }
        if (search.location() != null) {
            conditions.add("lower(c.location) = lower(:location)");
            parameters.addValue("location", search.location());
        }
        if (search.industry() != null) {
            conditions.add("lower(c.industry) = lower(:industry)");
            parameters.addValue("industry", search.industry());
        }
        if (search.search() != null) {
            String plain = search.search().toLowerCase(Locale.ROOT);
            parameters.addValue("plain", plain);
            parameters.addValue("like", "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            String tsquery = prefixQuery(search.search());
            if (tsquery.isEmpty()) {
                conditions.add("c.search_text LIKE :like");
            } else {
                parameters.addValue("tsquery", tsquery);
                conditions.add("(c.search_vector @@ to_tsquery('simple', :tsquery) OR c.search_text LIKE :like)");
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code "Tech start"} → {@code "tech:* & start:*"}; only letters and digits reach the query. */
    static String prefixQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < 10) {
                terms.add(word + ":*");
            }
        }
        return String.join(" & ", terms);
    }

    private static String orderBy(ClientSearch.Ordering ordering, boolean ranked) {
        if (ordering == null) {
            return ranked ? "rank DESC, c.created_at DESC, c.id DESC" : "c.created_at DESC, c.id DESC";
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
                rs.getString("project_types"), rs.getString("budget_range"), rs.getString("project_frequency"),
                rs.getString("preferred_communications"), rs.getString("working_hours"), rs.getString("business_goals"),
                rs.getString("current_challenges"), rs.getString("previous_experiences"),
                rs.getString("expected_timeline"), rs.getString("quality_importance"), rs.getString("payment_method"),
                rs.getBigDecimal("monthly_budget"), rs.getBigDecimal("project_budget"), rs.getString("payment_timing"));
        return new ClientView(rs.getLong("id"), rs.getLong("user_id"), details, pictureUrl(rs.getString("picture_path")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static String pictureUrl(String path) {
        return path == null ? null : new StoredFile(path).url();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
