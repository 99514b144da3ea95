package com.skillconnect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortDefault;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The remembering resolvers answer what Spring Data's own answer, configured the same way, for every handler
 * parameter and request: the same {@link Pageable} or the same failure, the first time and once remembered.
 */
class RememberingPageableResolverTest {

    private static final List<String> PAGES = Arrays.asList(null, "", " ", "abc", "1.5", "-1", "0", "1", "2", "99",
            "2147483647", "-2147483648", "99999999999");
    private static final List<String> SIZES = Arrays.asList(null, "", " ", "abc", "-5", "0", "1", "7", "99", "100",
            "101", "1000", "2147483647", "99999999999");
    private static final List<List<String>> SORTS = List.of(List.of(), List.of("name"), List.of("price,desc", "name,asc"),
            List.of(""));

    @SuppressWarnings("unused")
    static class Handlers {
        void nine(@PageableDefault(size = 9) Pageable pageable) {
        }

        void plain(Pageable pageable) {
        }

        void overTheCap(@PageableDefault(size = 500) Pageable pageable) {
        }

        void sortedDefault(@PageableDefault(page = 1, size = 5, sort = "name", direction = Direction.DESC) Pageable pageable) {
        }

        void sortDefault(@SortDefault(sort = "price", direction = Direction.DESC) Pageable pageable) {
        }

        void qualified(@Qualifier("left") Pageable left, @Qualifier("right") @PageableDefault(size = 3) Pageable right) {
        }

        void ambiguous(Pageable first, Pageable second) {
        }

        void invalidDefault(@PageableDefault(size = 0) Pageable pageable) {
        }
    }

    /** As app's application.properties configure them through Spring Boot. */
    private static void asConfigured(PageableHandlerMethodArgumentResolver resolver) {
        resolver.setPageParameterName("page");
        resolver.setSizeParameterName("page_size");
        resolver.setOneIndexedParameters(true);
        resolver.setMaxPageSize(100);
        resolver.setFallbackPageable(PageRequest.of(0, 10));
    }

    @Test
    void theApplicationsConfigurationAnswersAsSpringDataForEveryParameterAndRequest() {
        assertSameAsSpringData(RememberingPageableResolverTest::asConfigured);
    }

    @Test
    void withoutAFallbackTheUnpagedAnswersAndFailuresAreSpringDatas() {
        assertSameAsSpringData(resolver -> {
            asConfigured(resolver);
            resolver.setFallbackPageable(Pageable.unpaged());
        });
        assertSameAsSpringData(resolver -> {
            resolver.setOneIndexedParameters(false);
            resolver.setPrefix("p_");
            resolver.setQualifierDelimiter("-");
        });
    }

    @Test
    void theDefaultOfTheParameterAppliesAndTheSizeIsCapped() {
        RememberingPageableResolver resolver = remembering(RememberingPageableResolverTest::asConfigured);
        MethodParameter nine = parameters().getFirst();
        for (int round = 0; round < 2; round++) {
            assertThat(resolver.resolveArgument(nine, null, request(null, null, List.of()), null))
                    .isEqualTo(PageRequest.of(0, 9));
            assertThat(resolver.resolveArgument(nine, null, request("3", "1000", List.of()), null))
                    .isEqualTo(PageRequest.of(2, 100));
        }
    }

    private static void assertSameAsSpringData(Consumer<PageableHandlerMethodArgumentResolver> configuration) {
        PageableHandlerMethodArgumentResolver springData = new PageableHandlerMethodArgumentResolver(
                new SortHandlerMethodArgumentResolver());
        configuration.accept(springData);
        RememberingPageableResolver remembering = remembering(configuration);
        int compared = 0;
        for (MethodParameter parameter : parameters()) {
            for (String page : PAGES) {
                for (String size : SIZES) {
                    for (List<String> sort : SORTS) {
                        Object expected = outcome(springData, parameter, request(page, size, sort));
                        for (int round = 0; round < 2; round++) {
                            assertThat(outcome(remembering, parameter, request(page, size, sort)))
                                    .as("%s page=%s size=%s sort=%s round %d", parameter, page, size, sort, round)
                                    .isEqualTo(expected);
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    private static RememberingPageableResolver remembering(Consumer<PageableHandlerMethodArgumentResolver> configuration) {
        RememberingPageableResolver resolver = new RememberingPageableResolver(new RememberingSortResolver());
        configuration.accept(resolver);
        return resolver;
    }

    /** The Pageable (page, size, sort), or the failure's class and message. */
    private static Object outcome(PageableHandlerMethodArgumentResolver resolver, MethodParameter parameter,
            ServletWebRequest request) {
        try {
            Pageable pageable = resolver.resolveArgument(parameter, null, request, null);
            return pageable.isPaged() ? pageable : "unpaged " + pageable.getSort();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static List<MethodParameter> parameters() {
        List<MethodParameter> parameters = new ArrayList<>();
        for (String name : List.of("nine", "plain", "overTheCap", "sortedDefault", "sortDefault", "qualified",
                "ambiguous", "invalidDefault")) {
            Method method = Arrays.stream(Handlers.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                    .findFirst().orElseThrow();
            for (int i = 0; i < method.getParameterCount(); i++) {
                parameters.add(new MethodParameter(method, i));
            }
        }
        return parameters;
    }

    private static ServletWebRequest request(String page, String size, List<String> sort) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things/");
        for (String prefix : List.of("", "p_", "left_", "right_", "p_left-", "p_right-")) {
            if (page != null) {
                request.addParameter(prefix + "page", page);
            }
            if (size != null) {
                request.addParameter(prefix + "page_size", size);
                request.addParameter(prefix + "size", size);
            }
            if (!sort.isEmpty()) {
                request.addParameter(prefix + "sort", sort.toArray(String[]::new));
            }
        }
        return new ServletWebRequest(request);
    }
}
