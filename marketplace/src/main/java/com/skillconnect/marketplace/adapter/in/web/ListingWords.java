package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.CommonMessages;
import com.skillconnect.marketplace.domain.GigDetails;
import com.skillconnect.marketplace.domain.ListingCodes;
import com.skillconnect.marketplace.domain.ProposalCodes;
import com.skillconnect.marketplace.domain.ProposalDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's words for gigs' and proposals' fields and rules: the request field of each domain field
 * ({@code category} is {@code category_id}, {@code skills} is {@code skills_input}…) and the English message of
 * each code (marketplace's listing codes here; the common ones from the kernel's {@link CommonMessages}).
 */
final class ListingWords {

    /** Gig request fields (API name → domain name). */
    static final Map<String, String> GIG_FIELDS = Map.of("title", GigDetails.TITLE, "description", GigDetails.DESCRIPTION,
            "category_id", GigDetails.CATEGORY, "price", GigDetails.PRICE, "delivery_time", GigDetails.DELIVERY_TIME,
            "revisions", GigDetails.REVISIONS, "is_featured", GigDetails.FEATURED, "is_active", GigDetails.ACTIVE);

    /** Proposal request fields (API name → domain name). */
    static final Map<String, String> PROPOSAL_FIELDS = Map.of("title", ProposalDetails.TITLE,
            "description", ProposalDetails.DESCRIPTION, "category_id", ProposalDetails.CATEGORY,
            "budget_min", ProposalDetails.BUDGET_MIN, "budget_max", ProposalDetails.BUDGET_MAX,
            "timeline_days", ProposalDetails.TIMELINE_DAYS, "project_scope", ProposalDetails.PROJECT_SCOPE,
            "is_urgent", ProposalDetails.URGENT, "is_active", ProposalDetails.ACTIVE);

    /** Domain names of both, with the API's name of each (the names both share are the same). */
    private static final Map<String, String> WIRE = new LinkedHashMap<>();

    static {
        GIG_FIELDS.forEach((wire, domain) -> WIRE.put(domain, wire));
        PROPOSAL_FIELDS.forEach((wire, domain) -> WIRE.put(domain, wire));
        WIRE.put(GigDetails.SKILLS, ListingFormReader.SKILLS_INPUT);
        WIRE.put(GigDetails.IMAGE, "image");
    }

    private ListingWords() {
    }

    /** Whether the code is one of the listing rules' own codes. */
    static boolean isListingCode(String code) {
        return code.startsWith("listing.") || code.startsWith("gig.") || code.startsWith("proposal.");
    }

    /** The request field of a violation's path (its first segment), in the API's words. */
    static List<Object> path(Violation violation) {
        List<Object> path = new ArrayList<>(violation.path());
        if (!path.isEmpty() && path.get(0) instanceof String field) {
            path.set(0, WIRE.getOrDefault(field, field));
        }
        return path;
    }

    /** The English message of a code, or empty when neither listings nor the kernel word it. */
    static Optional<String> message(Violation violation) {
        String own = switch (violation.code()) {
            case ListingCodes.CATEGORY_UNKNOWN -> "Invalid pk \"" + violation.arg(0) + "\" - object does not exist.";
            case ListingCodes.SKILLS_FORMAT -> "Invalid skills format.";
            case ProposalCodes.BUDGET_RANGE -> "Ensure budget_max is greater than or equal to budget_min ("
                    + violation.arg(0) + ").";
            default -> null;
        };
        return own != null ? Optional.of(own) : CommonMessages.of(violation);
    }

    /** DRF's body of these violations: {@code {"field": ["message", …]}}, the request as a whole under {@code non_field_errors}. */
    static Map<String, List<String>> body(List<Violation> violations) {
        Map<String, List<String>> body = new LinkedHashMap<>();
        for (Violation violation : violations) {
            List<Object> path = path(violation);
            String field = path.isEmpty() || !(path.get(0) instanceof String name) ? "non_field_errors" : name;
            body.computeIfAbsent(field, key -> new ArrayList<>()).add(message(violation).orElse(violation.code()));
        }
        return body;
    }
}
