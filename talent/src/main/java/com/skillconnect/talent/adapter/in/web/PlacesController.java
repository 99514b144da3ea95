package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.adapter.in.web.ClientsApi.PlaceItem;
import com.skillconnect.talent.application.PlaceLookup;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The look-ups of the profile forms: {@code GET /city-autocomplete/?q=} (cities of India) and
 * {@code GET /country-autocomplete/?q=}; public, at most 10 {@code {id, name}}, {@code []} for an empty query.
 */
@RestController
@RequestMapping(ClientsApi.BASE)
class PlacesController {

    private final PlaceLookup lookup;

    PlacesController(PlaceLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/city-autocomplete")
    List<PlaceItem> cities(@RequestParam(required = false) String q) {
        return lookup.cities(q).stream().map(PlaceItem::of).toList();
    }

    @GetMapping("/country-autocomplete")
    List<PlaceItem> countries(@RequestParam(required = false) String q) {
        return lookup.countries(q).stream().map(PlaceItem::of).toList();
    }
}
