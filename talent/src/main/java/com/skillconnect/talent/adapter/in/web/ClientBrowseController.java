package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.adapter.in.web.ClientsApi.ClientItem;
import com.skillconnect.talent.adapter.in.web.ClientsApi.ClientProfile;
import com.skillconnect.talent.application.ClientBrowsing;
import com.skillconnect.talent.domain.ClientPage;
import com.skillconnect.talent.domain.ClientSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public browsing of client profiles: {@code GET /clients/browse/} (search, filters, ordering, DRF
 * pagination, 6 per page by default) and {@code GET /clients/browse/{id}/}.
 */
@RestController
@RequestMapping(ClientsApi.BASE + "/clients/browse")
class ClientBrowseController {

    private final ClientBrowsing browsing;

    ClientBrowseController(ClientBrowsing browsing) {
        this.browsing = browsing;
    }

    @GetMapping
    Page<ClientItem> browse(@RequestParam(required = false) String search,
            @RequestParam(required = false) String country, @RequestParam(required = false) String location,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String ordering,
            @PageableDefault(size = 6) Pageable pageable) {
        ClientSearch query = new ClientSearch(search, country, location, industry,
                ClientSearch.Ordering.parse(ordering).orElse(null), pageable.getOffset(), pageable.getPageSize());
        ClientPage found = browsing.browse(query);
        return new PageImpl<>(found.cards().stream().map(ClientItem::of).toList(), pageable, found.total());
    }

    @GetMapping("/{id}")
    ClientProfile profile(@PathVariable String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return browsing.profile(number).map(ClientProfile::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
