package com.skillconnect.talent.domain;

import java.util.Locale;

/**
 * What the browse list is narrowed and sorted by; every part is optional.
 *
 * @param search    words that must each occur in the name, about, skills or experience roles
 *                  (case-insensitive, as a word prefix or anywhere inside a word), ranked
 * @param location  a case-insensitive prefix of the location ({@code mum} and {@code Mumbai} both find Mumbai)
 * @param skill     a skill name, case-insensitive, exact
 * @param available availability, or null for both
 * @param ordering  one of {@link #ORDERINGS}; anything else means the default (best match first when
 *                  searching, newest first otherwise)
 */
public record FreelancerBrowseFilter(String search, String location, String skill, Boolean available, String ordering) {

    public static final java.util.List<String> ORDERINGS = java.util.List.of("created_at", "-created_at", "updated_at", "-updated_at");

    public FreelancerBrowseFilter {
        search = blankToNull(search);
        location = blankToNull(location);
        skill = blankToNull(skill);
        ordering = ordering == null ? null : ORDERINGS.contains(ordering.strip().toLowerCase(Locale.ROOT))
                ? ordering.strip().toLowerCase(Locale.ROOT) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
