package com.skillconnect.talent.adapter.out.query;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import com.skillconnect.talent.domain.FreelancerCard;
import com.skillconnect.talent.domain.FreelancerDetail;
import com.skillconnect.talent.domain.FreelancerProfileView;
import com.skillconnect.talent.domain.FreelancerProfileView.EducationView;
import com.skillconnect.talent.domain.FreelancerProfileView.ExperienceView;
import com.skillconnect.talent.domain.FreelancerProfileView.LanguageView;
import com.skillconnect.talent.domain.FreelancerProfileView.PortfolioView;
import com.skillconnect.talent.domain.FreelancerProfileView.SkillView;
import com.skillconnect.talent.domain.FreelancerProfileView.SocialLinksView;
import com.skillconnect.talent.domain.FreelancerProfileView.VerificationView;
import com.skillconnect.talent.domain.FreelancerQueries;
import com.skillconnect.talent.domain.Proficiency;
import com.skillconnect.kernel.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link FreelancerQueries} in plain SQL. A profile takes one statement (the row with its verification flag
 * and title, its lists as JSON arrays: docs/benchmarks/talent-browse.md, step 9). A browse page ordered by
 * date takes one (its first 1,001 matches in order, their count, the page and its cards with their skills),
 * a search three (the known words of its words, the count, the ranked page with its cards), whatever the page
 * size; counts above 1,000 are {@link BrowseCounts}'s, pages of results above 100 {@link LargeResultPages}'
 * (remembered briefly: ADR 0007).
 * <p>
 * Search (see docs/adr/0006-profile-search.md): each word of {@code search} must occur in the profile's
 * name, about, skills or experience roles, as the prefix of a word or inside a word ({@link SearchWords},
 * GIN index on {@code search_vector}). Results rank by {@code ts_rank} with the name weighted above skills
 * and roles, above about.
 */
@Component
class JdbcFreelancerQueries implements FreelancerQueries {

    /** A profile's title: its latest experience's role, an ongoing one first (cards and details alike). */
    private static final String TITLE = """
            (select e.role from talent.experience e where e.freelancer_id = f.id
             order by e.ongoing desc, e.start_date desc, e.id desc limit 1) as title""";

    /**
     * A whole profile in one statement: the row with its verification flag and title, and each list as a JSON
     * array of rows (positional), in the freelancer's order.
     */
    private static final String PROFILE = """
            select f.id, f.user_id, f.first_name, f.last_name, f.profile_picture, f.about, f.age, f.country,
                   f.location, f.is_available, f.created_at, f.updated_at, f.github_url, f.linkedin_url,
                   f.twitter_url, f.facebook_url, f.instagram_url, coalesce(k.email_verified, false) as email_verified,
                   %s,
                   (select json_agg(json_build_array(s.id, s.name) order by fs.position)
                    from talent.freelancer_skill fs join talent.skill s on s.id = fs.skill_id
                    where fs.freelancer_id = f.id) as skills,
                   (select json_agg(json_build_array(d.id, d.college, d.degree, d.start_year, d.end_year, d.certificate)
                           order by d.position) from talent.education d where d.freelancer_id = f.id) as educations,
                   (select json_agg(json_build_array(x.id, x.role, x.company, x.start_date, x.end_date, x.description,
                           x.ongoing, x.certificate) order by x.position)
                    from talent.experience x where x.freelancer_id = f.id) as experiences,
                   (select json_agg(json_build_array(l.id, l.name, l.proficiency) order by l.position)
                    from talent.language l where l.freelancer_id = f.id) as languages,
                   (select json_agg(json_build_array(p.id, p.title, p.description, p.project_link) order by p.position)
                    from talent.portfolio p where p.freelancer_id = f.id) as portfolios
            from talent.freelancer f left join talent.known_user k on k.user_id = f.user_id
            """.formatted(TITLE);

    /** A browse card: the latest role as its title, and its skills in the freelancer's order. */
    private static final String CARD_COLUMNS = """
            f.id, f.first_name, f.last_name, f.location, f.is_available, f.profile_picture, f.about,
            %s,
            array(select s.id from talent.freelancer_skill fs join talent.skill s on s.id = fs.skill_id
                  where fs.freelancer_id = f.id order by fs.position) as skill_ids,
            array(select s.name from talent.freelancer_skill fs join talent.skill s on s.id = fs.skill_id
                  where fs.freelancer_id = f.id order by fs.position) as skill_names""".formatted(TITLE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final BrowseCounts counts;
    private final LargeResultPages largeResults;

    JdbcFreelancerQueries(NamedParameterJdbcTemplate jdbc, BrowseCounts counts, LargeResultPages largeResults) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.largeResults = largeResults;
    }

    @Override
    public Optional<FreelancerProfileView> byId(long id) {
        return profile(PROFILE + " where f.id = :key", id, (view, title) -> view);
    }

    @Override
    public Optional<FreelancerDetail> detail(long id) {
        return profile(PROFILE + " where f.id = :key", id, FreelancerDetail::new);
    }

    @Override
    public Optional<FreelancerProfileView> byUser(UserId userId) {
        return profile(PROFILE + " where f.user_id = :key", userId.value(), (view, title) -> view);
    }

    private <T> Optional<T> profile(String sql, long key, BiFunction<FreelancerProfileView, String, T> answer) {
        return jdbc.query(sql, Map.of("key", key), (rs, n) -> answer.apply(view(rs), rs.getString("title"))).stream().findFirst();
    }

    private static FreelancerProfileView view(ResultSet rs) throws SQLException {
        List<SkillView> skills = rows(rs, "skills", row -> new SkillView(row.get(0).asLong(), text(row, 1)));
        List<EducationView> educations = rows(rs, "educations", row -> new EducationView(row.get(0).asLong(), text(row, 1),
                text(row, 2), row.get(3).asInt(), row.get(4).isNull() ? null : row.get(4).asInt(), url(text(row, 5))));
        List<ExperienceView> experiences = rows(rs, "experiences", row -> new ExperienceView(row.get(0).asLong(),
                text(row, 1), text(row, 2), date(row, 3), date(row, 4), text(row, 5), row.get(6).asBoolean(), url(text(row, 7))));
        List<LanguageView> languages = rows(rs, "languages",
                row -> new LanguageView(row.get(0).asLong(), text(row, 1), Proficiency.valueOf(text(row, 2)).label()));
        List<PortfolioView> portfolios = rows(rs, "portfolios",
                row -> new PortfolioView(row.get(0).asLong(), text(row, 1), text(row, 2), text(row, 3)));
        return new FreelancerProfileView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("first_name"),
                rs.getString("last_name"), url(rs.getString("profile_picture")), rs.getString("about"), rs.getInt("age"),
                rs.getString("country"), rs.getString("location"), rs.getBoolean("is_available"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), skills, educations,
                experiences, languages, portfolios,
                new SocialLinksView(rs.getString("github_url"), rs.getString("linkedin_url"), rs.getString("twitter_url"),
                        rs.getString("facebook_url"), rs.getString("instagram_url")),
                new VerificationView(rs.getBoolean("email_verified"), false, false, false));
    }

    /** A JSON array of rows (each a positional array) as values, in order; none when the column is null. */
    private static <T> List<T> rows(ResultSet rs, String column, Function<JsonNode, T> row) throws SQLException {
        String json = rs.getString(column);
        if (json == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (JsonNode element : JSON.readTree(json)) {
            values.add(row.apply(element));
        }
        return values;
    }

    private static String text(JsonNode row, int index) {
        JsonNode value = row.get(index);
        return value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode row, int index) {
        String value = text(row, index);
        return value == null ? null : LocalDate.parse(value);
    }

    @Override
    public Slice browse(FreelancerBrowseFilter filter, long offset, int limit) {
        return largeResults.page(List.of(filter, offset, limit), Slice.class, Slice::total, () -> select(filter, offset, limit));
    }

    private Slice select(FreelancerBrowseFilter filter, long offset, int limit) {
        SearchWords words = SearchWords.of(filter.search());
        BrowseSource source = filter.skill() == null ? BrowseSource.PROFILES
                : words.isEmpty() ? BrowseSource.SKILLS : BrowseSource.SKILLS_WITH_PROFILES;
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.location() != null) {
            // the chosen city exactly, any case (Surat, not Suratgarh); the location indexes serve equality too
            where.append(" and ").append(source.location()).append(" = :location");
            params.addValue("location", filter.location().toLowerCase(Locale.ROOT));
        }
        if (filter.available() != null) {
            where.append(" and ").append(source.available()).append(" = :available");
            params.addValue("available", filter.available());
        }
        if (filter.skill() != null) {
            // the skill's id first (an InitPlan), then a range of freelancer_skill_browse_idx
            where.append(" and fs.skill_id = (select s.id from talent.skill s where lower(s.name) = :skill)");
            params.addValue("skill", filter.skill().toLowerCase(Locale.ROOT));
        }
        String ranking = words.appendConditions(where, "f", params, jdbc);

        String fromWhere = "from " + source.from() + where;
        params.addValue("limit", limit).addValue("offset", offset);
        if (ranking == null || filter.ordering() != null) {
            String column = filter.ordering() != null && filter.ordering().endsWith("updated_at") ? "updated_at" : "created_at";
            String direction = filter.ordering() != null && !filter.ordering().startsWith("-") ? " asc" : " desc";
            if (offset + limit <= BrowseCounts.EXACT_UP_TO + 1) {
                return orderedPage(source, fromWhere, params, column, direction);
            }
            return page(fromWhere, params, "select " + source.id() + " as id " + fromWhere + " order by " + source.alias() + "."
                    + column + direction + ", " + source.id() + direction + " limit :limit offset :offset",
                    "f." + column + direction + ", f.id" + direction);
        }
        String order = "ts_rank(f.search_vector, cast(:ranking as tsquery)) desc, f.created_at desc, f.id desc";
        params.addValue("ranking", ranking);
        String pageIds = "select " + source.id() + " as id " + fromWhere + " order by " + order + " limit :limit offset :offset";
        if (offset + limit <= SearchWords.RANKING_WINDOW) {
            // rank the newest matches only (ADR 6): a common word matches tens of thousands of profiles
            params.addValue("window", SearchWords.RANKING_WINDOW);
            pageIds = "select f.id from (select " + source.id() + " as id, f.search_vector, " + source.alias() + ".created_at "
                    + fromWhere + " order by " + source.alias() + ".created_at desc, " + source.id() + " desc limit :window) f"
                    + " order by " + order + " limit :limit offset :offset";
        }
        return page(fromWhere, params, pageIds, order);
    }

    /**
     * A page in a single statement, for an ordering the indexes serve and a page within the first
     * {@value BrowseCounts#EXACT_UP_TO} + 1 matches: those matches in order (at most that many, so their count
     * is the capped count), the page among them, and its cards. A result found larger is counted by
     * {@link BrowseCounts#countLarge}.
     */
    private Slice orderedPage(BrowseSource source, String fromWhere, MapSqlParameterSource params, String column, String direction) {
        long[] total = {0};
        List<FreelancerCard> cards = new ArrayList<>();
        jdbc.query("""
                with matching as materialized (
                       select %1$s as id, %2$s.created_at, %2$s.updated_at %3$s
                       order by %2$s.%4$s%5$s, %1$s%5$s limit %6$d),
                     page as materialized (
                       select id, row_number() over (order by %4$s%5$s, id%5$s) as position from matching
                       order by position limit :limit offset :offset)
                select t.total, %7$s
                from (select count(*) as total from matching) t
                left join (page join talent.freelancer f on f.id = page.id) on true
                order by page.position""".formatted(source.id(), source.alias(), fromWhere, column, direction,
                BrowseCounts.EXACT_UP_TO + 1, CARD_COLUMNS), params, rs -> {
                    total[0] = rs.getLong("total");
                    if (rs.getObject("id") != null) {
                        cards.add(card(rs));
                    }
                });
        long count = total[0] > BrowseCounts.EXACT_UP_TO ? counts.countLarge(fromWhere, params) : total[0];
        return new Slice(cards, count);
    }

    /** A page in two statements: its count ({@link BrowseCounts}), then its cards, the page's ids first. */
    private Slice page(String fromWhere, MapSqlParameterSource params, String pageIds, String order) {
        long total = counts.count(fromWhere, params);
        if (total == 0 || params.getValue("offset") instanceof Long offset && offset >= total) {
            return new Slice(List.of(), total);
        }
        // the page's ids first: filters and orderings answered from indexes alone, then the wide rows
        List<FreelancerCard> cards = jdbc.query("select " + CARD_COLUMNS + " from talent.freelancer f join (" + pageIds
                + ") page on page.id = f.id order by " + order, params, (rs, n) -> card(rs));
        return new Slice(cards, total);
    }

    private static FreelancerCard card(ResultSet rs) throws SQLException {
        Long[] skillIds = (Long[]) rs.getArray("skill_ids").getArray();
        String[] skillNames = (String[]) rs.getArray("skill_names").getArray();
        List<SkillView> skills = new ArrayList<>();
        for (int i = 0; i < skillIds.length; i++) {
            skills.add(new SkillView(skillIds[i], skillNames[i]));
        }
        return new FreelancerCard(rs.getLong("id"), (rs.getString("first_name") + " " + rs.getString("last_name")).strip(),
                rs.getString("title"), rs.getString("location"), 0, 0, rs.getBoolean("is_available"), skills, skills,
                url(rs.getString("profile_picture")), rs.getString("about"));
    }

    /**
     * Where a browse page's ids come from. With a skill filter, from {@code talent.freelancer_skill}, which
     * carries copies of each profile's location, availability and dates (kept by triggers, ADR 0008), so that
     * skill + location is one range of {@code freelancer_skill_browse_idx}; the profile row joins only to search.
     */
    private record BrowseSource(String from, String alias, String id, String location) {
        static final BrowseSource PROFILES = new BrowseSource("talent.freelancer f", "f", "f.id", "lower(f.location)");
        static final BrowseSource SKILLS = new BrowseSource("talent.freelancer_skill fs", "fs", "fs.freelancer_id", "fs.location_key");
        static final BrowseSource SKILLS_WITH_PROFILES = new BrowseSource(
                SKILLS.from() + " join talent.freelancer f on f.id = fs.freelancer_id", "fs", SKILLS.id(), SKILLS.location());

        String available() {
            return alias + ".is_available";
        }
    }

    private static String url(String path) {
        return path == null ? null : new StoredFile(path).url();
    }
}
