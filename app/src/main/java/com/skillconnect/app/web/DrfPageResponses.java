package com.skillconnect.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Renders a Spring Data {@link Page} returned by any controller as DRF's pagination envelope
 * {@code {count, next, previous, results}} with absolute {@code next}/{@code previous} URLs.
 * Controllers take a {@code Pageable} ({@code page} is 1-based, {@code page_size} capped, see
 * {@code spring.data.web.pageable.*}); a {@code page} that is not a positive number or lies past
 * the last page answers 404 {@code {"detail": "Invalid page."}}, as DRF does.
 */
@RestControllerAdvice
class DrfPageResponses implements ResponseBodyAdvice<Object> {

    static final String PAGE = "page";
    static final String INVALID_PAGE = "Invalid page.";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Page.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof Page<?> page) || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        String requested = http.getParameter(PAGE);
        if (requested != null && !requested.matches("[1-9]\\d{0,8}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, INVALID_PAGE);
        }
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, INVALID_PAGE);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("count", page.getTotalElements());
        envelope.put("next", page.hasNext() ? link(http, page.getNumber() + 2) : null);
        envelope.put("previous", page.hasPrevious() ? link(http, page.getNumber()) : null);
        envelope.put("results", page.getContent());
        return envelope;
    }

    /**
     * The current URL on another (1-based) page; DRF leaves the parameter out for page 1. Scheme, host and
     * prefix are the public base URL when one is configured ({@code PublicBaseUrlFilter}); the path keeps
     * the trailing slash when the caller sent one ({@code TrailingSlashFilter}).
     */
    static String link(HttpServletRequest request, int oneBasedPage) {
        ServletUriComponentsBuilder url = ServletUriComponentsBuilder.fromRequest(request);
        String path = url.build().getPath();
        if (Boolean.TRUE.equals(request.getAttribute(TrailingSlashFilter.SENT_WITH_SLASH)) && path != null && !path.endsWith("/")) {
            url.replacePath(path + "/");
        }
        return (oneBasedPage == 1 ? url.replaceQueryParam(PAGE) : url.replaceQueryParam(PAGE, oneBasedPage))
                .build().toUriString();
    }
}
