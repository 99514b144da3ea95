package com.skillconnect.marketplace.domain;

import java.util.List;

/** One page of an explore list and how many listings match in all. */
public record ListingPage<T>(List<T> items, long total) {

    public ListingPage {
        items = List.copyOf(items);
    }
}
