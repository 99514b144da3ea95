package com.skillconnect.talent.adapter.out.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The words of a browse {@code search} as SQL conditions on a profile table's {@code search_vector} and
 * {@code search_text} (docs/adr/0006-profile-search.md). Every word must match, and a word matches a profile
 * when it is the prefix of one of its words, or lies inside one of its words (three characters or more).
 * <p>
 * Both are answered by the full-text GIN index alone, through the vocabulary of every profile
 * ({@code talent.search_word}, trigram-indexed): a word becomes the known words it starts and the known words
 * it lies inside, as exact lexemes, so {@code script} is searched as
 * {@code ('script' | 'scripting' | 'javascript' | 'typescript')}; exact lexemes cost the GIN index a tenth of
 * a prefix query ({@code 'script':*}), which is used only when a word starts more than
 * {@value #MAX_WORDS_CONTAINING} known words. Only a word with characters the full-text parser drops
 * ({@code c++}, {@code c#}) is also looked for as a substring of {@code search_text}.
 */
final class SearchWords {

    static final int MAX_WORDS = 8;
    static final int MAX_WORD_LENGTH = 50;
    /**
     * A word that starts more known words than this is searched as a prefix query instead; a word inside more
     * known words than this matches through the shortest of them only.
     */
    static final int MAX_WORDS_CONTAINING = 50;
    private static final int INSIDE_FROM_LENGTH = 3;
    /**
     * A search without an explicit ordering ranks the newest this many matches (its first pages); pages beyond
     * rank every match (ADR 6).
     */
    static final int RANKING_WINDOW = 500;

    private final List<String> words;

    private SearchWords(List<String> words) {
        this.words = words;
    }

    /**
     * Lower-cased words of {@code search}, without duplicates, at most {@value #MAX_WORDS}; punctuation around
     * a word is dropped ({@code react,} is {@code react}) unless the word is nothing else, as DRF's search would
     * look for it.
     */
    static SearchWords of(String search) {
        if (search == null) {
            return new SearchWords(List.of());
        }
        Map<String, Boolean> words = new LinkedHashMap<>();
        Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                .filter(word -> !word.isEmpty())
                .map(SearchWords::trimPunctuation)
                .map(word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
                .limit(MAX_WORDS)
                .forEach(word -> words.put(word, true));
        return new SearchWords(List.copyOf(words.keySet()));
    }

    private static String trimPunctuation(String word) {
        String trimmed = word.replaceAll("^[^\\p{L}\\p{N}+#]+|[^\\p{L}\\p{N}+#]+$", "");
        return trimmed.isEmpty() ? word : trimmed;
    }

    List<String> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Appends {@code and (…)} for every word to {@code where}, on the table aliased {@code alias}, with its
     * parameters; looks up the known words each word starts or lies inside first (one statement). Answers the
     * tsquery that ranks the matches (any of the words), or null without words.
     */
    String appendConditions(StringBuilder where, String alias, MapSqlParameterSource parameters, NamedParameterJdbcTemplate jdbc) {
        if (words.isEmpty()) {
            return null;
        }
        List<Known> known = known(jdbc);
        List<String> everyWord = new ArrayList<>();
        List<String> anyWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String query = known.get(i).query(word);
            anyWord.add(query);
            if (known.get(i).whole()) {
                everyWord.add(query);
            } else {
                where.append(" and (").append(alias).append(".search_vector @@ cast(:word").append(i).append(" as tsquery) or ")
                        .append(alias).append(".search_text like :inside").append(i).append(" escape '\\')");
                parameters.addValue("word" + i, query).addValue("inside" + i, "%" + likeEscape(word) + "%");
            }
        }
        if (!everyWord.isEmpty()) {
            where.append(" and ").append(alias).append(".search_vector @@ cast(:words as tsquery)");
            parameters.addValue("words", String.join(" & ", everyWord));
        }
        return String.join(" | ", anyWord);
    }

    /**
     * What the database knows of each word, in one statement: whether the full-text parser keeps it whole
     * ({@code node.js} yes; {@code c++} and {@code d'souza} no), the known words it starts (one more than
     * {@value #MAX_WORDS_CONTAINING}, to tell whether there are more), and the shortest known words it lies
     * inside (from {@value #INSIDE_FROM_LENGTH} characters).
     */
    private List<Known> known(NamedParameterJdbcTemplate jdbc) {
        List<Known> known = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> insides = new ArrayList<>();
        for (String word : words) {
            known.add(new Known(word.matches("[\\p{L}\\p{N}]+")));
            prefixes.add(likeEscape(word) + "%");
            insides.add(word.length() >= INSIDE_FROM_LENGTH ? "%_" + likeEscape(word) + "%" : "");
        }
        // words hold no whitespace, so a space separates them safely
        jdbc.query("""
                select p.i, tsvector_to_array(to_tsvector('simple', p.word)) @> array[p.word], w.word, w.starts
                from unnest(string_to_array(:words, ' '), string_to_array(:prefixes, ' '), string_to_array(:insides, ' '))
                     with ordinality p(word, prefix, inside, i)
                left join lateral (
                  (select sw.word, true as starts from talent.search_word sw where sw.word like p.prefix escape '\\'
                   order by sw.word limit :most + 1)
                  union all
                  (select sw.word, false from talent.search_word sw where p.inside <> '' and sw.word like p.inside escape '\\'
                   order by length(sw.word), sw.word limit :most)) w on true""",
                new MapSqlParameterSource("words", String.join(" ", words)).addValue("prefixes", String.join(" ", prefixes))
                        .addValue("insides", String.join(" ", insides)).addValue("most", MAX_WORDS_CONTAINING),
                rs -> {
                    Known word = known.get(rs.getInt(1) - 1);
                    word.whole = word.whole || rs.getBoolean(2);
                    if (rs.getString(3) != null) {
                        (rs.getBoolean(4) ? word.started : word.inside).add(rs.getString(3));
                    }
                });
        return known;
    }

    /** What the vocabulary knows of one search word. */
    private static final class Known {
        boolean whole;
        final List<String> started = new ArrayList<>();
        final List<String> inside = new ArrayList<>();

        Known(boolean whole) {
            this.whole = whole;
        }

        boolean whole() {
            return whole;
        }

        /**
         * The word as a tsquery: the known words it starts, as exact lexemes (far cheaper for the GIN index
         * than a prefix query) unless there are too many or none, then the prefix query; or the known words it
         * lies inside.
         */
        String query(String word) {
            List<String> alternatives = new ArrayList<>();
            if (started.isEmpty() || started.size() > MAX_WORDS_CONTAINING) {
                alternatives.add(lexeme(word) + ":*");
            } else {
                started.forEach(known -> alternatives.add(lexeme(known)));
            }
            inside.forEach(known -> alternatives.add(lexeme(known)));
            return "(" + String.join(" | ", alternatives) + ")";
        }
    }

    /** A tsquery lexeme literal: quoted, so no character of the word is query syntax. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
