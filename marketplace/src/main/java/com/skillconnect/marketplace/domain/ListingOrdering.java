package com.skillconnect.marketplace.domain;

/**
 * The orders an explore list offers: by amount (a gig's price; a proposal's budget, by its minimum then its
 * maximum) or by creation, each either way. No ordering: relevance when searching, else newest first.
 */
public enum ListingOrdering {
    AMOUNT, AMOUNT_DESC, CREATED_AT, CREATED_AT_DESC
}
