package com.skillconnect.app.web;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.util.StringUtils;

/**
 * Spring Data's {@link PageableHandlerMethodArgumentResolver} that reads a handler parameter's annotations once
 * instead of on every request ({@link PagingResolversConfiguration}): the request parameter names (qualifier) and the
 * parameter's default ({@code @PageableDefault}, else the fallback) are remembered per {@link MethodParameter}. The
 * page and size of the request are read as Spring Data 4.0 reads them (its
 * {@code PageableHandlerMethodArgumentResolverSupport.getPageable}): blank is absent, not a number is 0, below 0 is 0,
 * the page shifted when 1-based, the size capped at the maximum, a size below 1 the default's.
 */
class RememberingPageableResolver extends PageableHandlerMethodArgumentResolver {

    private final ConcurrentMap<NameKey, String> names = new ConcurrentHashMap<>();
    private final ConcurrentMap<MethodParameter, Optional<Pageable>> defaults = new ConcurrentHashMap<>();

    RememberingPageableResolver(SortHandlerMethodArgumentResolver sortResolver) {
        super(sortResolver);
    }

    @Override
    protected String getParameterNameToUse(String source, MethodParameter parameter) {
        if (parameter == null) {
            return super.getParameterNameToUse(source, null);
        }
        return names.computeIfAbsent(new NameKey(source, parameter), key -> super.getParameterNameToUse(source, parameter));
    }

    @Override
    protected Pageable getPageable(MethodParameter parameter, String pageString, String pageSizeString) {
        Optional<Pageable> defaultOrFallback = defaults.computeIfAbsent(parameter, this::defaultOrFallback);
        Optional<Integer> page = parseAndApplyBoundaries(pageString, Integer.MAX_VALUE, true);
        Optional<Integer> pageSize = parseAndApplyBoundaries(pageSizeString, getMaxPageSize(), false);

        if (!(page.isPresent() && pageSize.isPresent()) && defaultOrFallback.isEmpty()) {
            return Pageable.unpaged();
        }
        int p = page.orElseGet(() -> defaultOrFallback.map(Pageable::getPageNumber).orElseThrow(IllegalStateException::new));
        int ps = pageSize.orElseGet(() -> defaultOrFallback.map(Pageable::getPageSize).orElseThrow(IllegalStateException::new));
        ps = ps < 1 ? defaultOrFallback.map(Pageable::getPageSize).orElseThrow(IllegalStateException::new) : ps;
        ps = Math.min(ps, getMaxPageSize());
        return PageRequest.of(p, ps, defaultOrFallback.map(Pageable::getSort).orElseGet(Sort::unsorted));
    }

    /**
     * The parameter's default as Spring Data works it out (checking the method has one Pageable or qualified ones, and
     * failing on a default size below 1, in which case nothing is remembered and every request fails as before): what
     * it answers for a request without page and size. Its size is the default's capped at the maximum, which gives the
     * same page as the default's own, since every size is capped last.
     */
    private Optional<Pageable> defaultOrFallback(MethodParameter parameter) {
        return super.getPageable(parameter, null, null).toOptional();
    }

    private Optional<Integer> parseAndApplyBoundaries(String parameter, int upper, boolean shiftIndex) {
        if (!StringUtils.hasText(parameter)) {
            return Optional.empty();
        }
        try {
            int parsed = Integer.parseInt(parameter) - (isOneIndexedParameters() && shiftIndex ? 1 : 0);
            return Optional.of(parsed < 0 ? 0 : Math.min(parsed, upper));
        } catch (NumberFormatException e) {
            return Optional.of(0);
        }
    }

    private record NameKey(String source, MethodParameter parameter) {
    }
}
