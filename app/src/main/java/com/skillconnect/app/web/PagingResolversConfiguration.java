package com.skillconnect.app.web;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.data.web.config.SortHandlerMethodArgumentResolverCustomizer;

/**
 * Spring Data's {@code Pageable} and {@code Sort} argument resolvers re-read the handler parameter's annotations on
 * every request (its qualifier through {@code Executable.getParameterAnnotations()}, which the JDK parses anew each
 * time, and the {@code @PageableDefault}): the largest allocation site of a plain list request after its rows. The
 * {@code pageableResolver} and {@code sortResolver} beans Spring Data registers (after Spring MVC's own resolvers,
 * where it always put them) are replaced by subclasses that remember what they read per handler parameter
 * ({@link RememberingPageableResolver}, {@link RememberingSortResolver}), set up by the same customizers Spring Boot
 * gives Spring Data's ({@code spring.data.web.pageable.*}, {@code spring.data.web.sort.*}). Any other resolver (a
 * subclass, e.g. Spring HATEOAS's) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class PagingResolversConfiguration {

    @Bean
    static BeanPostProcessor rememberingPagingResolvers(BeanFactory beans,
            ObjectProvider<PageableHandlerMethodArgumentResolverCustomizer> pageableCustomizer,
            ObjectProvider<SortHandlerMethodArgumentResolverCustomizer> sortCustomizer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (bean.getClass() == SortHandlerMethodArgumentResolver.class) {
                    SortHandlerMethodArgumentResolver sort = new RememberingSortResolver();
                    sortCustomizer.ifAvailable(customizer -> customizer.customize(sort));
                    return sort;
                }
                if (bean.getClass() == PageableHandlerMethodArgumentResolver.class) {
                    PageableHandlerMethodArgumentResolver pageable = new RememberingPageableResolver(
                            beans.getBean("sortResolver", SortHandlerMethodArgumentResolver.class));
                    pageableCustomizer.ifAvailable(customizer -> customizer.customize(pageable));
                    return pageable;
                }
                return bean;
            }
        };
    }
}
