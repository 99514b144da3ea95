package com.skillconnect.kernel.spring;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * File URLs as every module's API answers them: absolute URLs of this server ({@code http://host/media/…}), since
 * the frontend runs on another origin. Domains and read models know only the {@code /media/…} path; the base is
 * the current request's (app makes it honour {@code skillconnect.public-base-url}).
 *
 * <p>A list answers hundreds of URLs: the base ({@code ServletUriComponentsBuilder.fromCurrentContextPath()}, scheme,
 * host, port and context path as the request looks after app's filters) is worked out once per request and kept in a
 * request attribute, and each URL is the base followed by the path. That is exactly what
 * {@code fromCurrentContextPath().path(path).build().toUriString()} answers (no encoding; the builder only folds
 * {@code //} into {@code /}), so a path with {@code //}, or a base ending with {@code /}, still goes through the
 * builder. Outside a request the builder answers as it always did (it fails: there is no base).
 */
public final class MediaUrls {

    /** The request attribute holding the base of the request it was worked out for. */
    static final String BASE = MediaUrls.class.getName() + ".base";

    private MediaUrls() {
    }

    /** The absolute URL of a {@code /media/…} path; null stays null, anything else as it is. */
    public static String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        String base = currentBase();
        if (base == null || base.endsWith("/") || path.contains("//")) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
        }
        return base + path;
    }

    /**
     * The base every URL of the current request starts with ({@code scheme://host[:port][context path]}); null outside
     * a servlet request. Two requests with the same base are answered the same URLs for the same paths, so an answer
     * holding URLs may be remembered per base.
     */
    public static String base() {
        return currentBase();
    }

    /** The current request's base, worked out on first use; null outside a servlet request. */
    private static String currentBase() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        // Attributes are shared by a request and its wrappers; the base belongs to the request object it came from.
        if (request.getAttribute(BASE) instanceof Base base && base.request() == request) {
            return base.url();
        }
        String url = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        request.setAttribute(BASE, new Base(request, url));
        return url;
    }

    private record Base(HttpServletRequest request, String url) {
    }
}
