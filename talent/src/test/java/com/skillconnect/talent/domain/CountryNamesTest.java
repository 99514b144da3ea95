package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void knowsCountriesByTheirEnglishNamesInAnyCase() {
        assertThat(Countries.isKnown("India")).isTrue();
        assertThat(Countries.isKnown("india")).isTrue();
        assertThat(Countries.isKnown(" UNITED STATES ")).isTrue();
        assertThat(Countries.isKnown("Germany")).isTrue();
    }

    @Test
    void doesNotKnowAnythingElse() {
        assertThat(Countries.isKnown("Narnia")).isFalse();
        assertThat(Countries.isKnown("")).isFalse();
        assertThat(Countries.isKnown(null)).isFalse();
        assertThat(Countries.isKnown("IN")).isFalse();
    }

    @Test
    void namesAreSortedAndUnique() {
        List<String> names = Countries.names();

        assertThat(names).hasSizeGreaterThan(240).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).doesNotHaveDuplicates().contains("India", "France");
    }

    @Test
    void countryLookUpsFindPrefixesFirst() {
        PlaceIndex index = PlaceIndex.of(Countries.names().stream().map(name -> new PlaceIndex.Entry(name.length(), name, 0)).toList());

        assertThat(index.search("ind", 10)).extracting(Place::name).startsWith("India", "Indonesia");
        assertThat(index.search("guinea", 10)).extracting(Place::name).first().isEqualTo("Guinea");
        assertThat(index.search("guinea", 10)).extracting(Place::name).contains("Equatorial Guinea", "Papua New Guinea");
    }
}
