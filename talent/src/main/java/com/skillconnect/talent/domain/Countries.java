package com.skillconnect.talent.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The known countries: the ISO 3166 countries of {@link Locale}, by their English names. */
public final class Countries {

    private static final List<String> NAMES = Stream.of(Locale.getISOCountries())
            .map(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH))
            .filter(name -> !name.isBlank())
            .distinct()
            .sorted(Comparator.naturalOrder())
            .toList();

    private static final Map<String, String> BY_LOWER_CASE = NAMES.stream()
            .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a, TreeMap::new));

    private Countries() {
    }

    /** Whether the name is a known country name, ignoring case and surrounding spaces. */
    public static boolean isKnown(String name) {
        return name != null && BY_LOWER_CASE.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /** The English names of all known countries, sorted. */
    public static List<String> names() {
        return NAMES;
    }
}
