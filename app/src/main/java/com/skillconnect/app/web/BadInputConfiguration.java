package com.skillconnect.app.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bad input is refused where it enters, for every module, with a DRF-shaped 4xx (ADR 12): query strings
 * and content types before anything reads them, form fields and file names before a controller does,
 * JSON values while Jackson reads them.
 */
@Configuration(proxyBeanMethods = false)
class BadInputConfiguration implements WebMvcConfigurer {

    /** Before the body size limit and Spring's FormContentFilter: nothing has read the request yet. */
    static final int QUERY_STRING_ORDER = RequestLimitsConfiguration.BODY_SIZE_ORDER - 10;

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(FilterAnswers answers,
            @Value("${spring.data.web.sort.sort-parameter:sort}") String sortParameter) {
        var registration = new FilterRegistrationBean<>(new QueryStringFilter(sortParameter, answers));
        registration.setOrder(QUERY_STRING_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(FilterAnswers answers) {
        var registration = new FilterRegistrationBean<>(new ContentTypeFilter(answers));
        registration.setOrder(QUERY_STRING_ORDER + 1);
        return registration;
    }

    @Bean
    MalformedFormContentFilter formContentFilter(FilterAnswers answers) {
        return new MalformedFormContentFilter(answers);
    }

    @Bean
    SafeJsonModule safeJsonModule() {
        return new SafeJsonModule();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormFieldsInterceptor());
    }
}
