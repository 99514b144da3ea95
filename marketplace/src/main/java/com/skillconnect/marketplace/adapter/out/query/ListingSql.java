package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.marketplace.domain.ListingFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** Results up to this size are counted by a statement that stops there; larger ones are counted in full. */
    static final int EXACT_COUNT_UP_TO = 1000;
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

    /** Appends the skill filter: the listing names a skill of this name, whatever its case. */
    static void skill(ListingFilter filter, String skillTable, String listingColumn, String alias, StringBuilder where,
            MapSqlParameterSource parameters) {
        if (filter.skill() == null) {
            return;
        }
        where.append(" and exists (select 1 from marketplace.").append(skillTable).append(" ls join marketplace.skill s on s.id = ls.skill_id")
                .append(" where ls.").append(listingColumn).append(" = ").append(alias).append(".id and lower(s.name) = lower(:skill))");
        parameters.addValue("skill", filter.skill());
    }

    /** The ranking term of an ordering by relevance. */
    static String rank(String alias) {
        return "ts_rank(" + alias + ".search_vector, cast(:ranking as tsquery))";
    }

    /**
     * How many rows {@code fromWhere} matches: one statement that stops counting after {@value #EXACT_COUNT_UP_TO}
     * matches, and only when there are more, the full count (the expensive case, see the ADR).
     */
    static long count(NamedParameterJdbcTemplate jdbc, String fromWhere, MapSqlParameterSource parameters) {
        parameters.addValue("countLimit", EXACT_COUNT_UP_TO + 1);
        Long capped = jdbc.queryForObject("with matching as materialized (select 1 " + fromWhere
                + ") select count(*) from (select 1 from matching limit :countLimit) capped", parameters, Long.class);
        if (capped == null || capped <= EXACT_COUNT_UP_TO) {
            return capped == null ? 0 : capped;
        }
        return jdbc.queryForObject("select count(*) " + fromWhere, parameters, Long.class);
    }

    /** A tsquery lexeme literal: quoted, so no character of the word is query syntax. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
