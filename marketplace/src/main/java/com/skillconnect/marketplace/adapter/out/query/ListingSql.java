package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.kernel.spring.RememberedCounts;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the explore queries of gigs and proposals share (docs/adr/0023-listings-search-and-soft-delete.md): the
 * search over a table's {@code search_vector} and {@code search_text}, the skill filter, the page of ids and the
 * count. Search: every word must match, case-insensitively, as the beginning of a word ({@code reac} finds React)
 * or, from three characters, anywhere inside one ({@code script} finds JavaScript) — through the partial GIN
 * indexes on both columns; matches are ranked by {@code ts_rank} (title first, then skills and the party's name,
 * then the description), newest first among equals.
 */
final class ListingSql {

    static final int MAX_WORDS = 8;
    static final int MAX_WORD_LENGTH = 50;
    /** A search without an explicit ordering ranks the newest this many matches on its first pages. */
    static final int RANKING_WINDOW = 500;
    private static final int INSIDE_FROM_LENGTH = 3;

    private ListingSql() {
    }

    /** The lower-cased words of a search, without duplicates or surrounding punctuation, at most {@value #MAX_WORDS}. */
    static List<String> words(String search) {
        if (search == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                .map(word -> word.replaceAll("^[^\\p{L}\\p{N}+#]+|[^\\p{L}\\p{N}+#]+$", ""))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
                .limit(MAX_WORDS)
                .forEach(words::add);
        return List.copyOf(words);
    }

    /**
     * Appends the search's conditions on the table aliased {@code alias} to {@code where}; answers the tsquery that
     * ranks the matches, or null without words.
     */
    static String search(String search, String alias, StringBuilder where, MapSqlParameterSource parameters) {
        List<String> words = words(search);
        if (words.isEmpty()) {
            return null;
        }
        List<String> ranking = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String prefix = lexeme(word) + ":*";
            ranking.add(prefix);
            if (word.length() >= INSIDE_FROM_LENGTH) {
                where.append(" and ").append(alias).append(".search_text like :inside").append(i).append(" escape '\\'");
                parameters.addValue("inside" + i, "%" + likeEscape(word) + "%");
            } else {
                where.append(" and ").append(alias).append(".search_vector @@ cast(:prefix").append(i).append(" as tsquery)");
                parameters.addValue("prefix" + i, prefix);
            }
        }
        String query = String.join(" | ", ranking);
        parameters.addValue("ranking", query);
        return query;
    }

    /**
     * Appends the skill filter: the listing names a skill of this name, whatever its case (its {@code skill_ids}, GIN
     * indexed, hold the skill's id).
     */
    static void skill(ListingFilter filter, String alias, StringBuilder where, MapSqlParameterSource parameters) {
        if (filter.skill() == null) {
            return;
        }
        where.append(" and ").append(alias).append(".skill_ids @> array[(select s.id from marketplace.skill s")
                .append(" where lower(s.name) = lower(:skill))]::bigint[]");
        parameters.addValue("skill", filter.skill());
    }

    /**
     * The query of a page's ids, in {@code order} (over the columns {@code orderColumns} of the table aliased
     * {@code alias}). A search ordered by relevance ranks only the newest {@value #RANKING_WINDOW} matches on its first
     * pages (a common word matches tens of thousands of listings, and ranking them all costs a hundred milliseconds;
     * talent's browse does the same, ADR 0006); later pages rank all. A skill filter without a search collects its
     * matches first (a materialised CTE: the GIN index on {@code skill_ids}, then a sort), because the planner cannot
     * know how common the skill is and would otherwise walk the whole ordering index for a rare one.
     */
    static String pageIds(String alias, String orderColumns, String fromWhere, String order, boolean ranked,
            ListingFilter filter, MapSqlParameterSource parameters) {
        parameters.addValue("limit", filter.limit()).addValue("offset", filter.offset());
        String window = " order by " + order + " limit :limit offset :offset";
        if (ranked && filter.ordering() == null && filter.offset() + filter.limit() <= RANKING_WINDOW) {
            parameters.addValue("window", RANKING_WINDOW);
            return "select " + alias + ".id from (select " + orderColumns + ", " + alias + ".search_vector " + fromWhere
                    + " order by " + alias + ".created_at desc, " + alias + ".id desc limit :window) " + alias + window;
        }
        if (!ranked && filter.skill() != null) {
            return "with " + alias + " as materialized (select " + orderColumns + " " + fromWhere + ") select " + alias
                    + ".id from " + alias + window;
        }
        return "select " + alias + ".id " + fromWhere + window;
    }

    /** The ranking term of an ordering by relevance. */
    static String rank(String alias) {
        return "ts_rank(" + alias + ".search_vector, cast(:ranking as tsquery))";
    }

    /**
     * How many listings of this kind ({@code gig}, {@code proposal}) the filter matches: {@code known} if the request
     * has read it already; with no filter but a category, the listed count the database keeps per category
     * ({@link #listedCount}); otherwise {@code counts}' (one statement that stops counting after
     * {@value RememberedCounts#EXACT_UP_TO} matches, and only when there are more, the full count, remembered: see the ADR).
     */
    static long count(NamedParameterJdbcTemplate jdbc, RememberedCounts counts, String kind, ListingFilter filter,
            String fromWhere, MapSqlParameterSource parameters, Long known) {
        if (known != null) {
            return known;
        }
        return countedByListing(filter) ? listedCount(jdbc, kind, filter).count() : counts.count(fromWhere, parameters);
    }

    /**
     * An explore page (ADR 0023, ADR 0028), {@code select} computing it (given the count when the request has read it
     * already, else null). A page of a large result remembered by {@code pages} is answered as remembered (no statement),
     * but with the whole list's or a category's count read again (one row per category), so that the count follows
     * every listing at once. Otherwise the request reads its kind's generation ({@code marketplace.listing_generation};
     * in the statement that reads the listed count when there is one) <em>before</em> the page is computed, and the page
     * is the one remembered under that generation, or computed (in later snapshots, so never older than the
     * generation) and remembered under it if its result is small, as a large page if large.
     */
    static <T> ListingPage<T> explore(ExplorePages pages, NamedParameterJdbcTemplate jdbc, String kind, ListingFilter filter,
            Function<Long, ListingPage<T>> select) {
        if (countedByListing(filter)) {
            Listed listed = listedCount(jdbc, kind, filter);
            Optional<ListingPage<T>> large = pages.large(kind, filter);
            if (large.isPresent()) {
                return new ListingPage<>(large.get().items(), listed.count());
            }
            // a renewal reads the listed count again rather than counting the whole list (~180 ms over 200,000 gigs)
            return pages.exact(kind, filter, listed.generation(), () -> select.apply(listed.count()),
                    () -> select.apply(listedCount(jdbc, kind, filter).count()));
        }
        Optional<ListingPage<T>> large = pages.large(kind, filter);
        if (large.isPresent()) {
            return large.get();
        }
        long generation = jdbc.queryForObject("select generation from marketplace.listing_generation where kind = :kind",
                new MapSqlParameterSource("kind", kind), Long.class);
        return pages.exact(kind, filter, generation, () -> select.apply(null), () -> select.apply(null));
    }

    /** No filter but a category: the listed count the database keeps per category counts it. */
    private static boolean countedByListing(ListingFilter filter) {
        return filter.search() == null && filter.skill() == null && filter.minAmount() == null && filter.maxAmount() == null
                && filter.maxDays() == null;
    }

    /** The listed count of a kind and its generation, read in one snapshot. */
    private record Listed(long count, long generation) {
    }

    /**
     * The listed count of this kind ({@code marketplace.listed_count}), of one category or all (one row read per
     * category), and the kind's generation, in one statement.
     */
    private static Listed listedCount(NamedParameterJdbcTemplate jdbc, String kind, ListingFilter filter) {
        MapSqlParameterSource counted = new MapSqlParameterSource("kind", kind).addValue("category", filter.categoryId());
        return jdbc.queryForObject("select coalesce(sum(lc.listed), 0) as listed, (select lg.generation"
                + " from marketplace.listing_generation lg where lg.kind = :kind) as generation"
                + " from marketplace.listed_count lc where lc.kind = :kind"
                + (filter.categoryId() == null ? "" : " and lc.category_id = :category"), counted,
                (rs, n) -> new Listed(rs.getLong("listed"), rs.getLong("generation")));
    }

    /** A tsquery lexeme literal: quoted, so no character of the word is query syntax. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
