package com.skillconnect.app.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Paths with or without the trailing slash, the public base URL of links, response headers, and CORS for the browser frontend. */
@Configuration(proxyBeanMethods = false)
class WebConventionsConfiguration {

    /**
     * After Spring's own ForwardedHeaderFilter (when enabled) and the trailing-slash filter (which matches
     * paths as the container received them, without the public prefix), before everything else.
     */
    @Bean
    FilterRegistrationBean<PublicBaseUrlFilter> publicBaseUrlFilter(@Value("${skillconnect.public-base-url:}") String publicBaseUrl) {
        var registration = new FilterRegistrationBean<>(new PublicBaseUrlFilter(publicBaseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TrailingSlashFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(new TrailingSlashFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new ResponseHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("authorization", "content-type", "accept", "x-requested-with", "origin",
                "idempotency-key"));
        cors.setExposedHeaders(List.of(IdempotencyKeyFilter.REPLAYED_HEADER));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /** @param allowedOrigins exact origins allowed to call with credentials (never {@code *}). */
    @ConfigurationProperties("skillconnect.cors")
    record CorsProperties(List<String> allowedOrigins) {
    }
}
