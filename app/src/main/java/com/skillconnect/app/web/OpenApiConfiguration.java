package com.skillconnect.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API speaks snake_case ({@code spring.jackson.property-naming-strategy}), but springdoc reads the
 * request and response types with swagger-core's own mapper, which knows nothing of that setting: without
 * this resolver the OpenAPI document would name {@code new_password} {@code newPassword}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
