package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request's {@code Content-Type} names what the body is; a wildcard ({@code *}{@code /*},
 * {@code application/*}) names nothing, and Spring fails on it deep inside body reading (500). Refused
 * up front as DRF would: 415 {@code Unsupported media type "…" in request.}
 */
final class ContentTypeFilter extends OncePerRequestFilter {

    private final FilterAnswers answers;

    ContentTypeFilter(FilterAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && wildcard(type)) {
            answers.write(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    DrfErrors.detail("Unsupported media type \"" + type + "\" in request."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean wildcard(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isWildcardType() || media.isWildcardSubtype();
        } catch (InvalidMediaTypeException malformed) {
            return false; // Spring answers a malformed type with 415 on its own
        }
    }
}
