package com.skillconnect.app.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;

/**
 * Spring Data's {@link SortHandlerMethodArgumentResolver} that reads a handler parameter's annotations once instead of
 * on every request ({@link PagingResolversConfiguration}): the request parameter's name (qualifier) and the default
 * sort ({@code @SortDefault}, else the fallback) are remembered per {@link MethodParameter}; a {@link Sort} never
 * changes once made. The request's {@code sort} values are read by Spring Data as before.
 */
class RememberingSortResolver extends SortHandlerMethodArgumentResolver {

    private final ConcurrentMap<MethodParameter, String> sortParameters = new ConcurrentHashMap<>();
    private final ConcurrentMap<MethodParameter, Sort> defaults = new ConcurrentHashMap<>();

    @Override
    protected String getSortParameter(MethodParameter parameter) {
        if (parameter == null) {
            return super.getSortParameter(null);
        }
        return sortParameters.computeIfAbsent(parameter, super::getSortParameter);
    }

    @Override
    protected Sort getDefaultFromAnnotationOrFallback(MethodParameter parameter) {
        return defaults.computeIfAbsent(parameter, super::getDefaultFromAnnotationOrFallback);
    }
}
