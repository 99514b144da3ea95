package com.skillconnect.talent.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The country names a profile may give: the English names of the ISO 3166 countries that
 * {@link Locale#getISOCountries()} knows (e.g. {@code India}, {@code United States}), sorted.
 * Matching is case-insensitive and ignores surrounding spaces and the kind of apostrophe.
 */
public final class Countries {

    private static final List<String> NAMES = Arrays.stream(Locale.getISOCountries())
                    .map(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH))
                    .filter(name -> !name.isBlank())
                    .distinct()
                    .sorted(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)))
                    .toList();

    private static final Map<String, String> BY_KEY = NAMES.stream()
            .collect(Collectors.toUnmodifiableMap(Countries::key, Function.identity(), (a, b) -> a));

    private Countries() {
    }

    /** Whether the text names a known country (case-insensitive). */
    public static boolean isKnown(String name) {
        return name != null && BY_KEY.containsKey(key(name));
    }

    /** Every known country name in English, sorted alphabetically. */
    public static List<String> names() {
        return NAMES;
    }

    /** The known spelling of a country name ({@code "india"} → {@code "India"}); package use only. */
    static String canonical(String name) {
        String known = name == null ? null : BY_KEY.get(key(name));
        if (known == null) {
            throw new IllegalArgumentException("Not a known country: " + name);
        }
        return known;
    }

    private static String key(String name) {
        return name.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
