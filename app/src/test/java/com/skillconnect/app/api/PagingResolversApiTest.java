package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The Pageable of a handler comes from app's remembering resolver (app.web.PagingResolversConfiguration), in Spring
 * Data's place among the resolvers, with {@code spring.data.web.pageable.*} applied: the handler's
 * {@code @PageableDefault}, a 1-based {@code page}, {@code page_size} capped at 100, a bad value as Spring Data reads it.
 */
class PagingResolversApiTest extends ApiTestSupport {

    @Autowired
    private RequestMappingHandlerAdapter adapter;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Test
    void thePageableResolverInUseRemembersAndKeepsTheHandlersDefaultAndTheCap() throws Exception {
        MethodParameter explore = pageableOf("/api/v1/gigs/explore-services");
        MethodParameter conversations = pageableOf("/api/v1/messaging/conversations");
        List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers();
        HandlerMethodArgumentResolver resolver = resolvers.stream().filter(r -> r.supportsParameter(explore)).findFirst()
                .orElseThrow();
        assertThat(resolver).isInstanceOf(PageableHandlerMethodArgumentResolver.class)
                .isNotExactlyInstanceOf(PageableHandlerMethodArgumentResolver.class);
        assertThat(resolvers.stream().filter(r -> r.getClass() == PageableHandlerMethodArgumentResolver.class)).isEmpty();

        for (int round = 0; round < 2; round++) {
            assertThat(resolve(resolver, explore)).isEqualTo(PageRequest.of(0, 9));
            assertThat(resolve(resolver, conversations)).isEqualTo(PageRequest.of(0, 20));
            assertThat(resolve(resolver, explore, "page", "3", "page_size", "1000")).isEqualTo(PageRequest.of(2, 100));
            assertThat(resolve(resolver, explore, "page_size", "100")).isEqualTo(PageRequest.of(0, 100));
            assertThat(resolve(resolver, explore, "page_size", "0")).isEqualTo(PageRequest.of(0, 9));
            assertThat(resolve(resolver, explore, "page_size", "lots")).isEqualTo(PageRequest.of(0, 9));
            assertThat(resolve(resolver, conversations, "page", "abc", "page_size", "-3")).isEqualTo(PageRequest.of(0, 20));
            assertThat(resolve(resolver, explore, "page", "0")).isEqualTo(PageRequest.of(0, 9));
            assertThat(resolve(resolver, explore, "size", "50")).isEqualTo(PageRequest.of(0, 9));
        }
    }

    /** The Pageable parameter of a GET handler of the path (of the first such, when several share it). */
    private MethodParameter pageableOf(String path) {
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains(path)
                        && e.getKey().getMethodsCondition().getMethods().toString().contains("GET"))
                .flatMap(e -> Arrays.stream(e.getValue().getMethodParameters()))
                .filter(p -> p.getParameterType() == Pageable.class)
                .findFirst().orElseThrow(() -> new AssertionError("no GET " + path + " takes a Pageable"));
    }

    private static Object resolve(HandlerMethodArgumentResolver resolver, MethodParameter parameter, String... query)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        for (int i = 0; i < query.length; i += 2) {
            request.addParameter(query[i], query[i + 1]);
        }
        return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
    }
}
