package com.skillconnect.app.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.UrlHandlerFilter;

/** Paths with or without the trailing slash, and CORS for the browser frontend. */
@Configuration(proxyBeanMethods = false)
class WebConventionsConfiguration {

    /**
     * Controllers map paths without the trailing slash; the frontend calls them with one. The filter
     * strips it before Spring Security and the dispatcher see the request, so both forms are served.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**", "/ws/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("authorization", "content-type", "accept", "x-requested-with", "origin"));
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
