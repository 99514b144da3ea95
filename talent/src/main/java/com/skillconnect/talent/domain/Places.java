package com.skillconnect.talent.domain;

import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The city and country look-ups: what the location and country fields of the profile forms suggest. */
@SecondaryPort
public interface Places {

    /** Cities of India matching the query, best first (see {@link PlaceIndex}); empty for a blank query. */
    List<Place> cities(String query, int limit);

    /** Countries matching the query, best first; empty for a blank query. */
    List<Place> countries(String query, int limit);
}
