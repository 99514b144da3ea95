package com.skillconnect.marketplace.adapter.in.web;

/** Where marketplace's endpoints live. */
final class GigsApi {

    static final String BASE = "/api/v1/gigs";
    static final String CATEGORIES = "/api/v1/core/categories";

    private GigsApi() {
    }
}
