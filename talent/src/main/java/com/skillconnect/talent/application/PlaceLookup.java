package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.Place;
import com.skillconnect.talent.domain.Places;
import java.util.List;
import org.springframework.stereotype.Service;

/** The city and country suggestions of the profile forms: at most {@value #LIMIT}, none for an empty query. */
@Service
public class PlaceLookup {

    public static final int LIMIT = 10;

    private final Places places;

    PlaceLookup(Places places) {
        this.places = places;
    }

    public List<Place> cities(String query) {
        return places.cities(query, LIMIT);
    }

    public List<Place> countries(String query) {
        return places.countries(query, LIMIT);
    }
}
