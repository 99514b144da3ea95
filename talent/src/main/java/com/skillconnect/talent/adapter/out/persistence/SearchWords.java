package com.skillconnect.talent.adapter.out.persistence;

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
 * Both are answered by the full-text GIN index alone: "inside a word" becomes the list of known words that
 * contain it ({@code talent.search_word}, the vocabulary of every profile, trigram-indexed), so {@code script}
 * is searched as {@code 'script':* | 'javascript' | 'typescript'}. Only a word with characters the full-text
 * parser drops ({@code c++}, {@code c#}) is also looked for as a substring of {@code search_text}.
 */
final class SearchWords {

    static final int MAX_WORDS = 8;
    static final int MAX_WORD_LENGTH = 50;
    /** A word inside more known words than this matches through the shortest of them only. */
    static final int MAX_WORDS_CONTAINING = 50;
    private static final int INSIDE_FROM_LENGTH = 3;

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
     * parameters; looks the known words containing each word up first (one statement, when a word is long
     * enough). Answers the tsquery that ranks the matches (any of the words), or null without words.
     */
    String appendConditions(StringBuilder where, String alias, MapSqlParameterSource parameters, NamedParameterJdbcTemplate jdbc) {
        if (words.isEmpty()) {
            return null;
        }
        Vocabulary vocabulary = vocabulary(jdbc);
        List<String> everyWord = new ArrayList<>();
        List<String> anyWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<String> alternatives = new ArrayList<>();
            alternatives.add(lexeme(word) + ":*");
            vocabulary.containing().get(i).forEach(known -> alternatives.add(lexeme(known)));
            String query = "(" + String.join(" | ", alternatives) + ")";
            anyWord.add(query);
            if (vocabulary.whole().get(i)) {
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
     * What the database knows of the words: for each, whether the full-text parser keeps it whole (a word of
     * letters and digits always is; {@code node.js} is too, {@code c++} and {@code d'souza} are not), and the
     * known words that contain it without starting with it (a prefix query covers those). One statement, only
     * when a word is long enough or has punctuation.
     */
    private Vocabulary vocabulary(NamedParameterJdbcTemplate jdbc) {
        List<Boolean> whole = new ArrayList<>();
        List<List<String>> containing = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (String word : words) {
            whole.add(word.matches("[\\p{L}\\p{N}]+"));
            containing.add(new ArrayList<>());
            patterns.add(word.length() >= INSIDE_FROM_LENGTH ? "%_" + likeEscape(word) + "%" : "");
        }
        if (!whole.contains(false) && patterns.stream().allMatch(String::isEmpty)) {
            return new Vocabulary(whole, containing);
        }
        // words hold no whitespace, so a space separates them safely
        jdbc.query("""
                select p.i, tsvector_to_array(to_tsvector('simple', p.word)) @> array[p.word] as whole, w.word
                from unnest(string_to_array(:words, ' '), string_to_array(:patterns, ' ')) with ordinality p(word, pattern, i)
                left join lateral (select sw.word from talent.search_word sw where p.pattern <> '' and sw.word like p.pattern escape '\\'
                                   order by length(sw.word), sw.word limit :most) w on true""",
                new MapSqlParameterSource("words", String.join(" ", words)).addValue("patterns", String.join(" ", patterns))
                        .addValue("most", MAX_WORDS_CONTAINING),
                rs -> {
                    int i = rs.getInt(1) - 1;
                    whole.set(i, rs.getBoolean(2));
                    if (rs.getString(3) != null) {
                        containing.get(i).add(rs.getString(3));
                    }
                });
        return new Vocabulary(whole, containing);
    }

    private record Vocabulary(List<Boolean> whole, List<List<String>> containing) {
    }

    /** A tsquery lexeme literal: quoted, so no character of the word is query syntax. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
