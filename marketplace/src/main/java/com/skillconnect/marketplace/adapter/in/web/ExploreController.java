package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.marketplace.application.ListingExplorer;
import com.skillconnect.marketplace.domain.GigView;
import com.skillconnect.marketplace.domain.ListingFilter;
import com.skillconnect.marketplace.domain.ListingOrdering;
import com.skillconnect.marketplace.domain.ListingPage;
import com.skillconnect.marketplace.domain.ProposalView;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exploring, for any signed-in user (the document asks for a token): {@code GET /explore-services/} (active gigs)
 * and {@code GET /explore-proposals/} (open, active proposals), with search, filters and ordering, in DRF's page
 * envelope (9 per page, {@code page_size} up to 100). A filter value that is not a number is ignored, and so is an
 * ordering not offered, as DRF does.
 */
@RestController
@RequestMapping(GigsApi.BASE)
class ExploreController {

    private static final Map<String, ListingOrdering> GIG_ORDERINGS = Map.of("price", ListingOrdering.AMOUNT,
            "-price", ListingOrdering.AMOUNT_DESC, "created_at", ListingOrdering.CREATED_AT,
            "-created_at", ListingOrdering.CREATED_AT_DESC);
    private static final Map<String, ListingOrdering> PROPOSAL_ORDERINGS = Map.of("budget", ListingOrdering.AMOUNT,
            "-budget", ListingOrdering.AMOUNT_DESC, "budget_min", ListingOrdering.AMOUNT,
            "-budget_min", ListingOrdering.AMOUNT_DESC, "created_at", ListingOrdering.CREATED_AT,
            "-created_at", ListingOrdering.CREATED_AT_DESC);

    private final ListingExplorer explorer;

    ExploreController(ListingExplorer explorer) {
        this.explorer = explorer;
    }

    @GetMapping("/explore-services")
    @Operation(summary = "Active gigs: search, category, min_price, max_price, delivery_time (at most), skills, ordering")
    Page<GigView> services(@RequestParam(required = false) String search, @RequestParam(required = false) String category,
            @RequestParam(name = "min_price", required = false) String minPrice,
            @RequestParam(name = "max_price", required = false) String maxPrice,
            @RequestParam(name = "delivery_time", required = false) String deliveryTime,
            @RequestParam(required = false) String skills, @RequestParam(required = false) String ordering,
            @PageableDefault(size = 9) Pageable pageable) {
        ListingFilter filter = new ListingFilter(search, id(category), amount(minPrice), amount(maxPrice), days(deliveryTime),
                skills, ordering(ordering, GIG_ORDERINGS), pageable.getOffset(), pageable.getPageSize());
        return page(explorer.gigs(filter), pageable, view -> view.withMedia(MediaUrls::absolute));
    }

    @GetMapping("/explore-proposals")
    @Operation(summary = "Open proposals: search, category, min_budget, max_budget, delivery_time (timeline at most), skills, ordering")
    Page<ProposalView> proposals(@RequestParam(required = false) String search, @RequestParam(required = false) String category,
            @RequestParam(name = "min_budget", required = false) String minBudget,
            @RequestParam(name = "max_budget", required = false) String maxBudget,
            @RequestParam(name = "delivery_time", required = false) String deliveryTime,
            @RequestParam(required = false) String skills, @RequestParam(required = false) String ordering,
            @PageableDefault(size = 9) Pageable pageable) {
        ListingFilter filter = new ListingFilter(search, id(category), amount(minBudget), amount(maxBudget), days(deliveryTime),
                skills, ordering(ordering, PROPOSAL_ORDERINGS), pageable.getOffset(), pageable.getPageSize());
        return page(explorer.proposals(filter), pageable, view -> view.withMedia(MediaUrls::absolute));
    }

    private static <T> Page<T> page(ListingPage<T> found, Pageable pageable, UnaryOperator<T> absolute) {
        return new PageImpl<>(found.items().stream().map(absolute).toList(), pageable, found.total());
    }

    /** The first offered field of a comma-separated {@code ordering}; none: null. */
    private static ListingOrdering ordering(String value, Map<String, ListingOrdering> offered) {
        if (value == null) {
            return null;
        }
        for (String part : value.split(",")) {
            ListingOrdering ordering = offered.get(part.strip().toLowerCase(Locale.ROOT));
            if (ordering != null) {
                return ordering;
            }
        }
        return null;
    }

    private static Long id(String value) {
        return value != null && value.strip().matches("[0-9]{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private static Integer days(String value) {
        return value != null && value.strip().matches("[0-9]{1,9}") ? Integer.valueOf(value.strip()) : null;
    }

    private static BigDecimal amount(String value) {
        return value != null && value.strip().matches("[0-9]{1,12}(\\.[0-9]{0,2})?") ? new BigDecimal(value.strip()) : null;
    }
}
