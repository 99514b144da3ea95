package com.skillconnect.talent.adapter.out.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.talent.domain.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryPlacesTest {

    private static final InMemoryPlaces places = new InMemoryPlaces();

    @Test
    void asciiNamesAreTheGeoNamesNamesWithoutAccentsAndOnlyWhatTheFormsAccept() {
        assertThat(InMemoryPlaces.asciiName("Sūrat")).isEqualTo("Surat");
        assertThat(InMemoryPlaces.asciiName("Allahābād")).isEqualTo("Allahabad");
        assertThat(InMemoryPlaces.asciiName("V.S.K.Valasai (Dindigul-Dist.)")).isEqualTo("V S K Valasai Dindigul-Dist");
        assertThat(InMemoryPlaces.asciiName("Kalimpong, Крукети")).isEqualTo("Kalimpong");
    }

    @Test
    void everyCityIsAnsweredByAPlainAsciiName() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            assertThat(places.cities(String.valueOf(letter), 10)).extracting(Place::name)
                    .allSatisfy(name -> assertThat(name).matches("[A-Za-z][A-Za-z -]*"));
        }
        assertThat(places.cityCount()).isGreaterThan(3000);
    }

    @Test
    void formerAndEnglishNamesFindTheirCityAnsweredByItsOwnName() {
        assertThat(places.cities("Bomb", 10)).first().isEqualTo(new Place(1275339, "Mumbai"));
        assertThat(places.cities("Bang", 10)).first().isEqualTo(new Place(1277333, "Bengaluru"));
        assertThat(places.cities("Koch", 10)).first().isEqualTo(new Place(1273874, "Kochi"));
        assertThat(places.cities("Cochin", 10)).first().isEqualTo(new Place(1273874, "Kochi"));
        assertThat(places.cities("Trivandrum", 10)).first().isEqualTo(new Place(1254163, "Thiruvananthapuram"));
        assertThat(places.cities("Prayagraj", 10)).first().isEqualTo(new Place(1278994, "Allahabad"));
        assertThat(places.cities("Surat", 10)).first().isEqualTo(new Place(1255364, "Surat"));
        assertThat(places.cities("Mumbai", 10)).extracting(Place::id).doesNotHaveDuplicates();
    }

    @Test
    void anOtherNameFindsInsideWordsToo() {
        List<Place> found = places.cities("galore", 10);
        assertThat(found).extracting(Place::name).contains("Bengaluru", "Mangalore");
    }
}
