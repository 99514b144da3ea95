package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void knowsTheIsoCountriesByEnglishName() {
        assertThat(Countries.names()).contains("India", "United States", "Germany", "Brazil").hasSizeGreaterThan(240);
        assertThat(Countries.isKnown("India")).isTrue();
        assertThat(Countries.isKnown("united kingdom")).isTrue();
        assertThat(Countries.isKnown("  Japan ")).isTrue();
    }

    @Test
    void refusesWhatIsNotACountry() {
        assertThat(Countries.isKnown("Atlantis")).isFalse();
        assertThat(Countries.isKnown("")).isFalse();
        assertThat(Countries.isKnown(null)).isFalse();
        assertThat(Countries.isKnown("Mumbai")).isFalse();
    }

    @Test
    void namesAreSortedUniqueAndUnmodifiable() {
        assertThat(Countries.names()).isSortedAccordingTo(Comparator.comparing(String::toLowerCase)).doesNotHaveDuplicates();
        assertThat(Countries.names()).isUnmodifiable();
    }

    @Test
    void theCanonicalSpellingIsTheKnownOne() {
        assertThat(Countries.canonical("INDIA")).isEqualTo("India");
    }
}
