package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * marketplace's words for the gig and proposal violations app renders without knowing the endpoint (codes
 * {@code listing.}, {@code gig.}, {@code proposal.}). The gig and proposal endpoints word their own violations,
 * common codes included ({@link ListingErrorResponses}).
 */
@Component
class ListingViolationMessages implements ViolationMessages {

    @Override
    public Optional<Worded> word(Violation violation) {
        if (!ListingWords.isListingCode(violation.code())) {
            return Optional.empty();
        }
        return ListingWords.message(violation).map(message -> new Worded(ListingWords.path(violation), message));
    }
}
