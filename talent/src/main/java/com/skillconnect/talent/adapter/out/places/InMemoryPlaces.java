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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@link Places} from memory: the cities of India shipped beside this class ({@code india-cities.csv},
 * GeoNames, CC BY 4.0, see docs/DATA-SOURCES.md) and the ISO countries of {@link Countries}, each in a
 * {@link PlaceIndex} built once at start-up. Cities are answered by their plain ASCII names (the GeoNames name
 * without its accents, GeoNames' own {@code asciiname}: {@code Sūrat} → Surat), which the profile forms accept;
 * well-known former or English names ({@code india-city-other-names.csv}: Bombay, Bangalore, Cochin…) find
 * their city too.
 * <p>
 * City ids are GeoNames ids. A country's id is derived from its ISO 3166 alpha-2 code
 * ({@code (first letter - 'A') * 26 + (second letter - 'A') + 1}; India = 222), so it stays the same
 * whatever the JDK adds or renames.
 */
@Component
class InMemoryPlaces implements Places {

    static final String CITIES = "india-cities.csv";
    static final String OTHER_NAMES = "india-city-other-names.csv";
    /** Marks the other name a city is answered by, instead of the data set's (former) name. */
    private static final String ANSWERED = "=";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_NAME = Pattern.compile("[^A-Za-z -]+");

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
        Map<Long, String[]> otherNames = new HashMap<>(); // id → its name in CITIES, its other names
        forEachLine(OTHER_NAMES, (line, number) -> {
            String[] columns = line.split(",");
            if (columns.length != 3) {
                throw new IllegalStateException(OTHER_NAMES + " line " + number + " is not id,name,other names");
            }
            otherNames.put(Long.parseLong(columns[0].trim()), new String[] {columns[1].trim(), columns[2].trim()});
        });
        List<PlaceIndex.Entry> entries = new ArrayList<>();
        forEachLine(CITIES, (line, number) -> {
            int first = line.indexOf(',');
            int last = line.lastIndexOf(',');
            if (first < 0 || last == first) {
                throw new IllegalStateException(CITIES + " line " + number + " is not id,name,population");
            }
            long id = Long.parseLong(line.substring(0, first).trim());
            String geoNamesName = unquote(line.substring(first + 1, last).trim());
            String[] other = otherNames.remove(id);
            if (other != null && !other[0].equals(geoNamesName)) {
                throw new IllegalStateException(OTHER_NAMES + " names " + id + " " + other[0] + ", " + CITIES + " " + geoNamesName);
            }
            String name = asciiName(geoNamesName);
            List<String> otherNamesOfCity = new ArrayList<>(other == null ? List.of() : List.of(other[1].split("\\|")));
            String answered = otherNamesOfCity.stream().filter(n -> n.startsWith(ANSWERED)).findFirst().orElse(null);
            if (answered != null) { // the city's current name, where GeoNames keeps its former one (Cochin → Kochi)
                otherNamesOfCity.remove(answered);
                otherNamesOfCity.add(name);
                name = answered.substring(ANSWERED.length());
            }
            if (!name.isEmpty()) {
                entries.add(new PlaceIndex.Entry(id, name, Long.parseLong(line.substring(last + 1).trim()),
                        List.copyOf(otherNamesOfCity)));
            }
        });
        if (!otherNames.isEmpty()) {
            throw new IllegalStateException(OTHER_NAMES + " names cities " + otherNames.keySet() + " that " + CITIES + " lacks");
        }
        return entries;
    }

    /**
     * The plain ASCII spelling of a GeoNames name, as its {@code asciiname} column has it: accents removed
     * ({@code Sūrat} → Surat); what is left that is not a letter, space or hyphen (the client's form accepts no
     * more) becomes a space ({@code V.S.K.Valasai} → V S K Valasai; a name in another script is dropped).
     */
    static String asciiName(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ASCII_NAME.matcher(plain).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    /** Each line of a resource beside this class that is neither blank nor a comment, with its number. */
    private static void forEachLine(String resource, BiConsumer<String, Integer> action) {
        try (InputStream in = InMemoryPlaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("geonameid")) {
                    action.accept(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
