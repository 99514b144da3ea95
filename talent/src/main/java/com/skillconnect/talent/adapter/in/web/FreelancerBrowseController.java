package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.application.FreelancerBrowsing;
import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import com.skillconnect.talent.domain.FreelancerCard;
import java.util.Locale;
import org.springframework.data.domain.Page;
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
 * Public browsing: {@code GET /api/v1/profiles/freelancers/browse/} (filters {@code search},
 * {@code location}, {@code skills__name}, {@code is_available}, {@code ordering}; pages of 6 by default)
 * and {@code GET …/browse/{id}/}, a whole public profile with its name, title, rating and skill names. Unknown parameters and values are ignored.
 */
@RestController
@RequestMapping(FreelancerBrowseController.BASE)
class FreelancerBrowseController {

    static final String BASE = "/api/v1/profiles/freelancers/browse";

    private final FreelancerBrowsing browsing;

    FreelancerBrowseController(FreelancerBrowsing browsing) {
        this.browsing = browsing;
    }

    @GetMapping
    Page<FreelancerCard> browse(@RequestParam(required = false) String search,
            @RequestParam(required = false) String location,
            @RequestParam(name = "skills__name", required = false) String skill,
            @RequestParam(name = "is_available", required = false) String available,
            @RequestParam(required = false) String ordering,
            @PageableDefault(size = 6) Pageable page) {
        return browsing.browse(new FreelancerBrowseFilter(search, location, skill, bool(available), ordering), page)
                .map(MediaUrls::absolute);
    }

    @GetMapping("/{id}")
    FreelancerDetailResponse profile(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return browsing.profile(Long.parseLong(id)).map(FreelancerDetailResponse::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** {@code true}/{@code false} (also 1/0, any case); anything else does not filter. */
    private static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
