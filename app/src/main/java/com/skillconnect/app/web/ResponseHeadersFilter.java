package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers fit for a JSON API on every answer: a Content-Security-Policy that lets a browser run nothing
 * from it ({@code default-src 'none'}), except the Swagger UI pages, which get what their own scripts,
 * styles and images need from this origin; {@code Referrer-Policy: no-referrer}. Uploaded files under
 * {@code /media/} that are not raster images (PDF certificates, anything else) are served as downloads
 * ({@code Content-Disposition: attachment}) so that a browser never renders them in the API's origin.
 */
final class ResponseHeadersFilter extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String MEDIA_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
    private static final Set<String> INLINE_MEDIA = Set.of(".png", ".jpg", ".jpeg", ".gif", ".webp");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith("/swagger-ui")) {
            response.setHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
        } else if (path.startsWith("/media/")) {
            response.setHeader("Content-Security-Policy", MEDIA_POLICY);
            if (!inlineImage(path)) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment");
            }
        } else {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean inlineImage(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') && INLINE_MEDIA.contains(name.substring(dot));
    }
}
