package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When {@code skillconnect.public-base-url} is set, every request looks as if it had been made to that
 * URL: scheme, host, port and path prefix come from it, whatever {@code Host} or {@code X-Forwarded-*}
 * the caller sent. Any absolute link built with standard Spring
 * ({@code ServletUriComponentsBuilder.fromCurrentContextPath()}, {@code fromRequest(...)}) therefore
 * starts with the public base URL: file URLs of every module, pagination links. It is Spring's own
 * {@link ForwardedHeaderFilter} fed with the configured values instead of the caller's headers.
 * Without the setting, links come from the request itself.
 */
final class PublicBaseUrlFilter extends OncePerRequestFilter {

    private static final Set<String> FORWARDED = Set.of("forwarded", "x-forwarded-host", "x-forwarded-port",
            "x-forwarded-proto", "x-forwarded-prefix", "x-forwarded-ssl");

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();

    /** @param publicBaseUrl blank: links come from the request */
    PublicBaseUrlFilter(String publicBaseUrl) {
        forwarded.setBeanName("publicBaseUrlForwardedHeaderFilter");
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            return;
        }
        URI base = URI.create(publicBaseUrl.trim());
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("skillconnect.public-base-url must be an absolute URL such as "
                    + "https://api.example.com, not " + publicBaseUrl);
        }
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        int port = base.getPort() != -1 ? base.getPort() : scheme.equals("https") ? 443 : 80;
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        headers.put("x-forwarded-proto", scheme);
        headers.put("x-forwarded-host", base.getHost());
        headers.put("x-forwarded-port", String.valueOf(port));
        if (!prefix.isEmpty()) {
            headers.put("x-forwarded-prefix", prefix);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (headers.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        forwarded.doFilter(new PublicHeaders(request, headers), response, chain);
    }

    /** The request with the configured forwarded headers in place of any the caller sent. */
    private static final class PublicHeaders extends HttpServletRequestWrapper {

        private final Map<String, String> forwarded;

        PublicHeaders(HttpServletRequest request, Map<String, String> forwarded) {
            super(request);
            this.forwarded = forwarded;
        }

        @Override
        public String getHeader(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            return FORWARDED.contains(key) ? forwarded.get(key) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            if (FORWARDED.contains(key)) {
                String value = forwarded.get(key);
                return Collections.enumeration(value == null ? List.of() : List.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new java.util.ArrayList<>();
            for (Enumeration<String> own = super.getHeaderNames(); own.hasMoreElements(); ) {
                String name = own.nextElement();
                if (!FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
            names.addAll(forwarded.keySet());
            return Collections.enumeration(names);
        }
    }
}
