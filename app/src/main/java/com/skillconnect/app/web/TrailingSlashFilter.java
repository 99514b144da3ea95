package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Controllers map paths without the trailing slash; the frontend calls them with one. Spring's
 * {@link UrlHandlerFilter} strips it before Spring Security and the dispatcher see the request, so both
 * forms are served; this filter remembers whether the caller sent it ({@link #SENT_WITH_SLASH}), so that
 * links back to the same endpoint (pagination) keep the caller's form.
 */
final class TrailingSlashFilter extends OncePerRequestFilter {

    static final String SENT_WITH_SLASH = TrailingSlashFilter.class.getName() + ".SENT_WITH_SLASH";

    private final UrlHandlerFilter stripper = UrlHandlerFilter.trailingSlashHandler("/api/**", "/ws/**").wrapRequest().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        request.setAttribute(SENT_WITH_SLASH, uri.length() > 1 && uri.endsWith("/"));
        stripper.doFilter(request, response, chain);
    }
}
