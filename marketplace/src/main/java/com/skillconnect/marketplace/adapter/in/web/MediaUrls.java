package com.skillconnect.marketplace.adapter.in.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * File URLs as the API answers them: absolute URLs of this server ({@code http://host/media/…}), the frontend
 * running on another origin; the base is the current request's (app makes it honour
 * {@code skillconnect.public-base-url}). The same rule as talent's web adapter (a candidate for kernel.spring).
 */
final class MediaUrls {

    private MediaUrls() {
    }

    /** The absolute URL of a {@code /media/…} path; null (and an absolute URL) stays as it is. */
    static String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
