package com.skillconnect.talent.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An in-memory name index answering look-ups in microseconds. Names and queries are compared
 * normalised: lower case, accents removed ({@code Sūrat} is found by {@code sur}), runs of anything
 * that is not a letter or digit as one space. Results come in three tiers, each ordered by weight
 * (population for cities) and then name:
 * <ol>
 *     <li>the name starts with the query ({@code mum} → Mumbai);</li>
 *     <li>a later word of the name starts with it ({@code mumbai} → Navi Mumbai, {@code nagar} → Ashok Nagar);</li>
 *     <li>the name contains it anywhere ({@code nagar} → Ahmednagar, Bhavnagar).</li>
 * </ol>
 * An entry may carry other names that find it too (former or English names: {@code bomb} → Mumbai), from a
 * query of {@value #OTHER_NAMES_FROM} characters on (so that {@code b} still starts with Bengaluru, not with Mumbai
 * as Bombay); it is answered by its own name. Entries with the same normalised name appear once, as the heaviest of them.
 * Prefix tiers are binary searches over sorted arrays; only the third tier scans, and only when the
 * first two found fewer than asked for.
 */
public final class PlaceIndex {

    /**
     * A name to index, with its id, its weight (population for cities; 0 for countries) and other names that
     * find it (answered as {@code name}).
     */
    public record Entry(long id, String name, long weight, List<String> otherNames) {

        public Entry {
            otherNames = List.copyOf(otherNames);
        }

        public Entry(long id, String name, long weight) {
            this(id, name, weight, List.of());
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_QUERY_LENGTH = 100;
    static final int OTHER_NAMES_FROM = 3;

    private final Entry[] entries;        // heaviest first, then by name: the order of results in a tier
    private final String[][] normalised;  // normalised name of entries[i], then its other names
    private final boolean[] nameIsOther;  // nameKeys[i] is an other name
    private final boolean[] wordIsOther;  // wordKeys[i] is part of an other name
    private final String[] nameKeys;      // normalised names, sorted
    private final int[] nameEntries;      // entry index of nameKeys[i]
    private final String[] wordKeys;      // normalised name from its 2nd, 3rd… word on, sorted
    private final int[] wordEntries;      // entry index of wordKeys[i]

    private PlaceIndex(List<Entry> all) {
        List<Entry> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        all.stream()
                .sorted(Comparator.comparingLong(Entry::weight).reversed().thenComparing(Entry::name))
                .forEach(entry -> {
                    if (!normalise(entry.name()).isEmpty() && seen.add(normalise(entry.name()))) {
                        unique.add(entry);
                    }
                });
        entries = unique.toArray(Entry[]::new);
        normalised = unique.stream().map(entry -> Stream.concat(Stream.of(entry.name()),
                entry.otherNames().stream()).map(PlaceIndex::normalise).filter(name -> !name.isEmpty()).distinct()
                .toArray(String[]::new)).toArray(String[][]::new);

        List<String> names = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        List<Boolean> otherNames = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Boolean> otherWords = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            for (int n = 0; n < normalised[i].length; n++) {
                String name = normalised[i][n];
                names.add(name);
                named.add(i);
                otherNames.add(n > 0);
                for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                    words.add(name.substring(at + 1));
                    owners.add(i);
                    otherWords.add(n > 0);
                }
            }
        }
        Integer[] byName = new Integer[names.size()];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, Comparator.comparing(names::get));
        nameKeys = Arrays.stream(byName).map(names::get).toArray(String[]::new);
        nameEntries = Arrays.stream(byName).mapToInt(named::get).toArray();
        nameIsOther = new boolean[byName.length];
        for (int i = 0; i < byName.length; i++) {
            nameIsOther[i] = otherNames.get(byName[i]);
        }

        Integer[] byWord = new Integer[words.size()];
        Arrays.setAll(byWord, i -> i);
        Arrays.sort(byWord, Comparator.comparing(words::get));
        wordKeys = Arrays.stream(byWord).map(words::get).toArray(String[]::new);
        wordEntries = Arrays.stream(byWord).mapToInt(owners::get).toArray();
        wordIsOther = new boolean[byWord.length];
        for (int i = 0; i < byWord.length; i++) {
            wordIsOther[i] = otherWords.get(byWord[i]);
        }
    }

    public static PlaceIndex of(List<Entry> entries) {
        return new PlaceIndex(entries);
    }

    public int size() {
        return entries.length;
    }

    /** Lower case, accents removed, anything but letters and digits as single spaces, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").trim();
    }

    /** At most {@code limit} places for the query, best first; none for a blank query. */
    public List<Place> search(String query, int limit) {
        String q = normalise(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        boolean[] taken = new boolean[entries.length];
        List<Place> result = new ArrayList<>(limit);
        boolean otherNames = q.length() >= OTHER_NAMES_FROM;
        addTier(prefixMatches(nameKeys, nameEntries, nameIsOther, otherNames, q), taken, result, limit);
        if (result.size() < limit) {
            addTier(prefixMatches(wordKeys, wordEntries, wordIsOther, otherNames, q), taken, result, limit);
        }
        if (result.size() < limit) {
            List<Integer> containing = new ArrayList<>();
            for (int i = 0; i < entries.length && containing.size() < limit; i++) { // entries are in result order
                if (!taken[i] && contains(normalised[i], otherNames ? normalised[i].length : 1, q)) {
                    containing.add(i);
                }
            }
            addTier(containing, taken, result, limit);
        }
        return List.copyOf(result);
    }

    /** Whether one of the first {@code count} names contains {@code q}. */
    private static boolean contains(String[] names, int count, String q) {
        for (int n = 0; n < count; n++) {
            if (names[n].contains(q)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> prefixMatches(String[] keys, int[] owners, boolean[] other, boolean otherNames, String prefix) {
        List<Integer> found = new ArrayList<>();
        for (int i = lowerBound(keys, prefix); i < keys.length && keys[i].startsWith(prefix); i++) {
            if (otherNames || !other[i]) {
                found.add(owners[i]);
            }
        }
        return found;
    }

    private void addTier(List<Integer> matches, boolean[] taken, List<Place> result, int limit) {
        matches.stream().distinct().sorted().forEach(i -> { // entry index order = weight, then name
            if (result.size() < limit && !taken[i]) {
                taken[i] = true;
                result.add(new Place(entries[i].id(), entries[i].name()));
            }
        });
    }

    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
