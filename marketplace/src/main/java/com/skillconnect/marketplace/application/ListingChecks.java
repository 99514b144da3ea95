package com.skillconnect.marketplace.application;

import com.skillconnect.kernel.Violations;
import com.skillconnect.marketplace.domain.Categories;
import com.skillconnect.marketplace.domain.ListingCodes;
import org.springframework.stereotype.Component;

/** The checks gigs and proposals share that need storage: the category named must exist. */
@Component
class ListingChecks {

    private final Categories categories;

    ListingChecks(Categories categories) {
        this.categories = categories;
    }

    /** Records {@link ListingCodes#CATEGORY_UNKNOWN} at {@code field} when no category has the id. */
    void categoryExists(long categoryId, String field, Violations violations) {
        if (categories.find(categoryId).isEmpty()) {
            violations.at(field).add(ListingCodes.CATEGORY_UNKNOWN, categoryId);
        }
    }
}
