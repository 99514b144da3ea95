package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import com.skillconnect.talent.domain.FreelancerCard;
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
import com.skillconnect.talent.domain.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link FreelancerQueries} in plain SQL. A profile takes six statements (the row with the
 * verification flags, then skills, educations, experiences, languages, portfolios); a browse page
 * three (count, page, the skills of every profile on the page in one batch) and one more to search (the
 * known words that contain the search words), whatever the page size; the
 * count is {@link BrowseCounts}'s (exact and fresh up to a cap, above it exact but cached briefly: ADR 0007).
 * <p>
 * Search (see docs/adr/0006-profile-search.md): each word of {@code search} must occur in the profile's
 * name, about, skills or experience roles, as the prefix of a word or inside a word ({@link SearchWords},
 * GIN index on {@code search_vector}). Results rank by {@code ts_rank} with the name weighted above skills
 * and roles, above about.
 */
@Component
class JdbcFreelancerQueries implements FreelancerQueries {

    private static final String PROFILE = """
            select f.id, f.user_id, f.first_name, f.last_name, f.profile_picture, f.about, f.age, f.country,
                   f.location, f.is_available, f.created_at, f.updated_at, f.github_url, f.linkedin_url,
                   f.twitter_url, f.facebook_url, f.instagram_url, coalesce(k.email_verified, false) as email_verified
            from talent.freelancer f left join talent.known_user k on k.user_id = f.user_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final BrowseCounts counts;
    private final LargeResultPages largeResults;

    /**
     * A search without an explicit ordering ranks the newest this many matches (its first pages); pages
     * beyond rank every match.
     */
    static final int RANKING_WINDOW = 500;

    JdbcFreelancerQueries(NamedParameterJdbcTemplate jdbc, BrowseCounts counts, LargeResultPages largeResults) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.largeResults = largeResults;
    }

    @Override
    public Optional<FreelancerProfileView> byId(long id) {
        return profile(PROFILE + " where f.id = :key", id);
    }

    @Override
    public Optional<FreelancerProfileView> byUser(UserId userId) {
        return profile(PROFILE + " where f.user_id = :key", userId.value());
    }

    private Optional<FreelancerProfileView> profile(String sql, long key) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, Map.of("key", key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long id = ((Number) row.get("id")).longValue();
        Map<String, Object> byId = Map.of("id", id);
        List<SkillView> skills = skills(List.of(id)).getOrDefault(id, List.of());
        List<EducationView> educations = jdbc.query("""
                select id, college, degree, start_year, end_year, certificate from talent.education
                where freelancer_id = :id order by position""", byId,
                (rs, n) -> new EducationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        (Integer) rs.getObject(5), url(rs.getString(6))));
        List<ExperienceView> experiences = jdbc.query("""
                select id, role, company, start_date, end_date, description, ongoing, certificate from talent.experience
                where freelancer_id = :id order by position""", byId,
                (rs, n) -> new ExperienceView(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5),
                        rs.getString(6), rs.getBoolean(7), url(rs.getString(8))));
        List<LanguageView> languages = jdbc.query("""
                select id, name, proficiency from talent.language where freelancer_id = :id order by position""", byId,
                (rs, n) -> new LanguageView(rs.getLong(1), rs.getString(2), Proficiency.valueOf(rs.getString(3)).label()));
        List<PortfolioView> portfolios = jdbc.query("""
                select id, title, description, project_link from talent.portfolio where freelancer_id = :id order by position""",
                byId, (rs, n) -> new PortfolioView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return Optional.of(new FreelancerProfileView(id, ((Number) row.get("user_id")).longValue(),
                (String) row.get("first_name"), (String) row.get("last_name"), url((String) row.get("profile_picture")),
                (String) row.get("about"), ((Number) row.get("age")).intValue(), (String) row.get("country"),
                (String) row.get("location"), (Boolean) row.get("is_available"), instant(row.get("created_at")),
                instant(row.get("updated_at")), skills, educations, experiences, languages, portfolios,
                new SocialLinksView((String) row.get("github_url"), (String) row.get("linkedin_url"),
                        (String) row.get("twitter_url"), (String) row.get("facebook_url"), (String) row.get("instagram_url")),
                new VerificationView((Boolean) row.get("email_verified"), false, false, false)));
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
            where.append(" and ").append(source.location()).append(" like :location escape '\\'");
            params.addValue("location", SearchWords.likeEscape(filter.location().toLowerCase(Locale.ROOT)) + "%");
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

        String order;
        String sourceOrder;
        if (filter.ordering() != null || ranking == null) {
            String column = filter.ordering() != null && filter.ordering().endsWith("updated_at") ? "updated_at" : "created_at";
            String direction = filter.ordering() != null && !filter.ordering().startsWith("-") ? " asc" : " desc";
            order = "f." + column + direction + ", f.id" + direction;
            sourceOrder = source.alias() + "." + column + direction + ", " + source.id() + direction;
        } else {
            order = "ts_rank(f.search_vector, cast(:ranking as tsquery)) desc, f.created_at desc, f.id desc";
            sourceOrder = order;
            params.addValue("ranking", ranking);
        }
        params.addValue("limit", limit).addValue("offset", offset);
        String pageIds = "select " + source.id() + " as id from " + source.from() + where + " order by " + sourceOrder
                + " limit :limit offset :offset";
        if (ranking != null && filter.ordering() == null && offset + limit <= RANKING_WINDOW) {
            // rank the newest matches only (ADR 6): a common word matches tens of thousands of profiles
            params.addValue("window", RANKING_WINDOW);
            pageIds = "select f.id from (select " + source.id() + " as id, f.search_vector, " + source.alias() + ".created_at from "
                    + source.from() + where + " order by " + source.alias() + ".created_at desc, " + source.id() + " desc limit :window) f"
                    + " order by " + order + " limit :limit offset :offset";
        }
        long total = counts.count("from " + source.from() + where, params);
        if (total == 0 || offset >= total) {
            return new Slice(List.of(), total);
        }
        List<FreelancerCard> cards = new ArrayList<>();
        List<Object[]> page = jdbc.query("""
                select f.id, f.first_name, f.last_name, f.location, f.is_available, f.profile_picture, f.about,
                       (select e.role from talent.experience e where e.freelancer_id = f.id
                        order by e.ongoing desc, e.start_date desc, e.id desc limit 1) as title
                from talent.freelancer f join (""" + pageIds
                // the page's ids first: filters and orderings answered from indexes alone, then the wide rows
                + ") page on page.id = f.id order by " + order, params,
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)});
        Map<Long, List<SkillView>> skills = page.isEmpty() ? Map.of() : skills(page.stream().map(r -> (Long) r[0]).toList());
        for (Object[] r : page) {
            List<SkillView> own = skills.getOrDefault((Long) r[0], List.of());
            cards.add(new FreelancerCard((Long) r[0], (r[1] + " " + r[2]).strip(), (String) r[7], (String) r[3], 0, 0,
                    (Boolean) r[4], own, own, url((String) r[5]), (String) r[6]));
        }
        return new Slice(cards, total);
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

    /** The skills of these profiles in one statement, by profile id, in each profile's order. */
    private Map<Long, List<SkillView>> skills(List<Long> freelancerIds) {
        Map<Long, List<SkillView>> result = new HashMap<>();
        jdbc.query("""
                select fs.freelancer_id, s.id, s.name from talent.freelancer_skill fs join talent.skill s on s.id = fs.skill_id
                where fs.freelancer_id in (:ids) order by fs.freelancer_id, fs.position""", Map.of("ids", freelancerIds),
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new SkillView(rs.getLong(2), rs.getString(3)));
                });
        return result;
    }

    private static String url(String path) {
        return path == null ? null : new StoredFile(path).url();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }
}
