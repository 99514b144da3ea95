package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PlaceIndex} over the shipped cities of India, and over small made-up sets where the rule is clearer. */
class CityIndexTest {

    static PlaceIndex india;

    @BeforeAll
    static void loadTheShippedCities() throws Exception {
        List<PlaceIndex.Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(CityIndexTest.class.getResourceAsStream(
                "/com/skillconnect/talent/adapter/out/places/india-cities.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                entries.add(new PlaceIndex.Entry(Long.parseLong(line.substring(0, first)),
                        line.substring(first + 1, last).replace("\"", ""), Long.parseLong(line.substring(last + 1))));
            }
        }
        india = PlaceIndex.of(entries);
    }

    static List<String> names(List<Place> places) {
        return places.stream().map(Place::name).toList();
    }

    static PlaceIndex index(PlaceIndex.Entry... entries) {
        return PlaceIndex.of(List.of(entries));
    }

    @Test
    void mumFindsMumbaiFirstWithItsGeoNamesId() {
        List<Place> found = india.search("mum", 10);

        assertThat(found.getFirst()).isEqualTo(new Place(1275339, "Mumbai"));
        assertThat(names(found)).contains("Navi Mumbai");
    }

    @Test
    void prefixMatchesComeFirstThenLaterWordsThenAnywhere() {
        PlaceIndex index = index(new PlaceIndex.Entry(1, "Ahmednagar", 350_000),
                new PlaceIndex.Entry(2, "Shivaji Nagar", 1_000_000), new PlaceIndex.Entry(3, "Nagaur", 100_000),
                new PlaceIndex.Entry(4, "Nagpur", 2_200_000), new PlaceIndex.Entry(5, "Pune", 3_000_000));

        assertThat(names(index.search("nagar", 10))).containsExactly("Shivaji Nagar", "Ahmednagar");
        assertThat(names(index.search("nag", 10))).containsExactly("Nagpur", "Nagaur", "Shivaji Nagar", "Ahmednagar");
    }

    @Test
    void withinATierLargerPopulationsComeFirst() {
        List<Place> found = india.search("ba", 10);

        assertThat(found).allSatisfy(place -> assertThat(PlaceIndex.normalise(place.name())).startsWith("ba"));
        PlaceIndex index = index(new PlaceIndex.Entry(1, "Bhopal", 1_600_000), new PlaceIndex.Entry(2, "Bhiwandi", 700_000),
                new PlaceIndex.Entry(3, "Bhubaneswar", 760_000));
        assertThat(names(index.search("bh", 10))).containsExactly("Bhopal", "Bhubaneswar", "Bhiwandi");
    }

    @Test
    void atMostTheLimit() {
        assertThat(india.search("a", 10)).hasSize(10);
        assertThat(india.search("a", 3)).hasSize(3);
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(india.search("", 10)).isEmpty();
        assertThat(india.search("   ", 10)).isEmpty();
        assertThat(india.search(null, 10)).isEmpty();
        assertThat(india.search("--", 10)).isEmpty();
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(names(india.search("SURAT", 1))).containsExactly("Sūrat");
        assertThat(names(india.search("sūr", 1))).containsExactly("Sūrat");
        assertThat(PlaceIndex.normalise("  Gāndhī  Nagar ")).isEqualTo("gandhi nagar");
    }

    @Test
    void theSameNameAppearsOnceAsTheLargestPlace() {
        PlaceIndex index = index(new PlaceIndex.Entry(1, "Aurangabad", 1_200_000), new PlaceIndex.Entry(2, "Aurangābād", 90_000),
                new PlaceIndex.Entry(3, "Aurangabad", 20_000));

        assertThat(index.search("aur", 10)).containsExactly(new Place(1, "Aurangabad"));
    }

    @Test
    void nothingMatchesNothing() {
        assertThat(india.search("xyzzyq", 10)).isEmpty();
    }

    @Test
    void theWholeDataSetIsIndexed() {
        assertThat(india.size()).isGreaterThan(3000);
    }

    @Test
    void answersInWellUnderAMillisecond() {
        String[] queries = {"m", "mu", "mum", "nagar", "pur", "bangalore", "del", "a", "zz", "kan"};
        for (int i = 0; i < 2_000; i++) { // warm up
            india.search(queries[i % queries.length], 10);
        }
        int rounds = 10_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            india.search(queries[i % queries.length], 10);
        }
        double microsEach = (System.nanoTime() - start) / 1_000.0 / rounds;

        assertThat(microsEach).as("microseconds per look-up").isLessThan(500);
    }

    @Test
    void otherNamesFindTheirPlaceFromThreeLettersOnAnsweredByItsOwnName() {
        PlaceIndex index = index(new PlaceIndex.Entry(1, "Mumbai", 12_000_000, List.of("Bombay")),
                new PlaceIndex.Entry(2, "Bhopal", 1_600_000), new PlaceIndex.Entry(3, "Navi Mumbai", 2_600_000, List.of("New Bombay")));

        assertThat(index.search("bom", 10)).containsExactly(new Place(1, "Mumbai"), new Place(3, "Navi Mumbai"));
        assertThat(index.search("b", 10)).as("too short for other names: Bombay does not put Mumbai first")
                .containsExactly(new Place(2, "Bhopal"), new Place(1, "Mumbai"), new Place(3, "Navi Mumbai"));
        assertThat(index.search("bo", 10)).isEmpty();
        assertThat(index.search("mbay", 10)).as("inside an other name").containsExactly(new Place(1, "Mumbai"), new Place(3, "Navi Mumbai"));
        assertThat(index.search("mumbai", 10)).as("each place once").containsExactly(new Place(1, "Mumbai"), new Place(3, "Navi Mumbai"));
    }
}
