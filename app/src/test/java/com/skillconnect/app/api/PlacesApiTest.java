package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET city-autocomplete/?q= and country-autocomplete/?q=: public, at most 10 {id, name}, [] for an empty query. */
class PlacesApiTest extends ClientApiTestBase {

    JsonNode lookUp(String path) {
        Response response = send("GET", PROFILES + path, null, null);
        assertStatus(response, 200);
        assertThat(response.json().isArray()).as("%s", response).isTrue();
        return response.json();
    }

    static List<String> names(JsonNode places) {
        List<String> names = new ArrayList<>();
        places.values().forEach(place -> {
            assertThat(place.propertyNames()).containsExactly("id", "name");
            assertThat(place.get("id").isIntegralNumber()).isTrue();
            names.add(place.get("name").asString());
        });
        return names;
    }

    @Test
    void citiesStartingWithTheQueryComeFirstLargestFirst() {
        JsonNode found = lookUp("city-autocomplete/?q=mum");

        assertThat(found.get(0)).isEqualTo(json("{'id': 1275339, 'name': 'Mumbai'}"));
        assertThat(names(found)).containsSequence("Mumbai", "Navi Mumbai");
    }

    @Test
    void laterWordsAndPartsOfNamesMatchAfterPrefixes() {
        List<String> found = names(lookUp("city-autocomplete/?q=nagar"));

        assertThat(found).hasSize(10);
        int firstLaterWord = found.indexOf("Shivaji Nagar");
        int firstInside = found.indexOf("Srinagar");
        assertThat(found.subList(0, firstLaterWord)).isNotEmpty().allSatisfy(name -> assertThat(
                java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase())
                .startsWith("nagar"));
        assertThat(firstLaterWord).isPositive().isLessThan(firstInside);
    }

    @Test
    void withinPrefixMatchesLargerPopulationsComeFirst() {
        assertThat(names(lookUp("city-autocomplete/?q=b"))).startsWith("Bengaluru");
        assertThat(names(lookUp("city-autocomplete/?q=de"))).startsWith("Delhi");
        assertThat(names(lookUp("city-autocomplete/?q=hyd"))).startsWith("Hyderabad");
    }

    @Test
    void atMostTen() {
        assertThat(lookUp("city-autocomplete/?q=a").size()).isEqualTo(10);
        assertThat(lookUp("country-autocomplete/?q=a").size()).isEqualTo(10);
    }

    @Test
    void anEmptyQueryFindsNothing() {
        for (String path : new String[] {"city-autocomplete/", "city-autocomplete/?q=", "city-autocomplete/?q=%20%20",
                "country-autocomplete/", "country-autocomplete/?q="}) {
            assertThat(lookUp(path).size()).as(path).isZero();
        }
    }

    @Test
    void caseAndAccentsAreIgnored() {
        assertThat(names(lookUp("city-autocomplete/?q=SURAT"))).first().isEqualTo("Surat");
        assertThat(names(lookUp("city-autocomplete/?q=s%C5%ABr"))).first().isEqualTo("Surat");
        assertThat(names(lookUp("city-autocomplete/?q=MUMBAI"))).first().isEqualTo("Mumbai");
    }

    @Test
    void countriesByEnglishNameWithStableIds() {
        JsonNode found = lookUp("country-autocomplete/?q=ind");

        assertThat(found.get(0)).isEqualTo(json("{'id': 222, 'name': 'India'}"));
        assertThat(names(found)).containsSequence("India", "Indonesia").contains("British Indian Ocean Territory");
        assertThat(names(lookUp("country-autocomplete/?q=united"))).contains("United States", "United Kingdom");
    }

    @Test
    void noTokenNeededAndATokenDoesNoHarm() {
        assertStatus(send("GET", PROFILES + "city-autocomplete?q=pune", null, null), 200);
        assertStatus(send("GET", PROFILES + "country-autocomplete?q=fr", newClientUser().token(), null), 200);
        assertThat(names(lookUp("city-autocomplete?q=pune"))).first().isEqualTo("Pune");
    }

    @Test
    void citiesAreAnsweredByTheirPlainAsciiNamesWhichTheProfileFormsAccept() {
        assertThat(lookUp("city-autocomplete/?q=sura").get(0)).isEqualTo(json("{'id': 1255364, 'name': 'Surat'}"));
        assertThat(names(lookUp("city-autocomplete/?q=than"))).first().isEqualTo("Thane");
        for (String prefix : List.of("a", "b", "k", "m", "s", "v", "nagar", "pur")) {
            assertThat(names(lookUp("city-autocomplete/?q=" + prefix))).as(prefix)
                    .allSatisfy(name -> assertThat(name).matches("[A-Za-z][A-Za-z -]*"));
        }
    }

    @Test
    void wellKnownFormerAndEnglishNamesFindTheirCity() {
        assertThat(lookUp("city-autocomplete/?q=Bang").get(0)).as("Bangalore").isEqualTo(json("{'id': 1277333, 'name': 'Bengaluru'}"));
        assertThat(lookUp("city-autocomplete/?q=bangalore").get(0)).isEqualTo(json("{'id': 1277333, 'name': 'Bengaluru'}"));
        assertThat(lookUp("city-autocomplete/?q=Beng").get(0)).isEqualTo(json("{'id': 1277333, 'name': 'Bengaluru'}"));
        assertThat(lookUp("city-autocomplete/?q=Koch").get(0)).as("Kochi, GeoNames' Cochin").isEqualTo(json("{'id': 1273874, 'name': 'Kochi'}"));
        assertThat(lookUp("city-autocomplete/?q=cochin").get(0)).isEqualTo(json("{'id': 1273874, 'name': 'Kochi'}"));
        assertThat(lookUp("city-autocomplete/?q=Bomb").get(0)).isEqualTo(json("{'id': 1275339, 'name': 'Mumbai'}"));
        assertThat(names(lookUp("city-autocomplete/?q=madras"))).first().isEqualTo("Chennai");
        assertThat(names(lookUp("city-autocomplete/?q=calcutta"))).first().isEqualTo("Kolkata");
        assertThat(names(lookUp("city-autocomplete/?q=poona"))).first().isEqualTo("Pune");
        assertThat(names(lookUp("city-autocomplete/?q=gurugram"))).first().isEqualTo("Gurugram");
        assertThat(names(lookUp("city-autocomplete/?q=gurgaon"))).first().isEqualTo("Gurugram");
        assertThat(names(lookUp("city-autocomplete/?q=benares"))).first().isEqualTo("Varanasi");
        assertThat(names(lookUp("city-autocomplete/?q=mum"))).as("a city found by two names is answered once")
                .doesNotHaveDuplicates();
    }

    private static List<Long> ids(JsonNode places) {
        List<Long> ids = new ArrayList<>();
        places.values().forEach(place -> ids.add(place.get("id").asLong()));
        return ids;
    }
}
