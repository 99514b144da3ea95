package com.skillconnect.talent.adapter.out.places;

import com.skillconnect.talent.domain.Countries;
import com.skillconnect.talent.domain.Place;
import com.skillconnect.talent.domain.PlaceIndex;
import com.skillconnect.talent.domain.Places;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@link Places} from memory: the cities of India shipped beside this class ({@code india-cities.csv},
 * GeoNames, CC BY 4.0, see docs/DATA-SOURCES.md) and the ISO countries of {@link Countries}, each in a
 * {@link PlaceIndex} built once at start-up.
 * <p>
 * City ids are GeoNames ids. A country's id is derived from its ISO 3166 alpha-2 code
 * ({@code (first letter - 'A') * 26 + (second letter - 'A') + 1}; India = 222), so it stays the same
 * whatever the JDK adds or renames.
 */
@Component
class InMemoryPlaces implements Places {

    static final String CITIES = "india-cities.csv";

    private final PlaceIndex cities;
    private final PlaceIndex countries;

    InMemoryPlaces() {
        this.cities = PlaceIndex.of(readCities());
        this.countries = PlaceIndex.of(countryEntries());
    }

    @Override
    public List<Place> cities(String query, int limit) {
        return cities.search(query, limit);
    }

    @Override
    public List<Place> countries(String query, int limit) {
        return countries.search(query, limit);
    }

    int cityCount() {
        return cities.size();
    }

    static long countryId(String isoCode) {
        return (isoCode.charAt(0) - 'A') * 26L + (isoCode.charAt(1) - 'A') + 1;
    }

    private static List<PlaceIndex.Entry> countryEntries() {
        Map<String, String> codeByName = Stream.of(Locale.getISOCountries())
                .collect(Collectors.toMap(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH),
                        Function.identity(), (a, b) -> a));
        return Countries.names().stream()
                .filter(codeByName::containsKey)
                .map(name -> new PlaceIndex.Entry(countryId(codeByName.get(name)), name, 0))
                .toList();
    }

    private static List<PlaceIndex.Entry> readCities() {
        List<PlaceIndex.Entry> entries = new ArrayList<>();
        try (InputStream in = InMemoryPlaces.class.getResourceAsStream(CITIES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + CITIES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("geonameid")) {
                    continue;
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                if (first < 0 || last == first) {
                    throw new IllegalStateException(CITIES + " line " + number + " is not id,name,population");
                }
                entries.add(new PlaceIndex.Entry(Long.parseLong(line.substring(0, first).trim()),
                        unquote(line.substring(first + 1, last).trim()), Long.parseLong(line.substring(last + 1).trim())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CITIES, e);
        }
        return entries;
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
