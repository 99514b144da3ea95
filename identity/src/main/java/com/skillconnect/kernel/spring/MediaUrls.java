package com.skillconnect.kernel.spring;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * File URLs as every module's API answers them: absolute URLs of this server ({@code http://host/media/…}), since
 * the frontend runs on another origin. Domains and read models know only the {@code /media/…} path; the base is
 * the current request's (app makes it honour {@code skillconnect.public-base-url}).
 */
public final class MediaUrls {

    private MediaUrls() {
    }

    /** The absolute URL of a {@code /media/…} path; null stays null, anything else as it is. */
    public static String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
