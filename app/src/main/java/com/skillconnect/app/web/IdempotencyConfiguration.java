package com.skillconnect.app.web;

import com.skillconnect.kernel.spring.Idempotent;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** {@code Idempotency-Key} on the handlers marked {@link Idempotent} (ADR 31). */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** After Spring Security's filter chain (-100): the caller is known, and a refused request never gets here. */
    static final int IDEMPOTENCY_ORDER = 0;

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyKeys(jdbc, clock, properties.retention());
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ObjectProvider<IdempotencyKeys> keys,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            FilterAnswers answers, Clock clock, IdempotencyProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(keys::getObject, mappings::getObject, answers, clock, properties));
        registration.setOrder(IDEMPOTENCY_ORDER);
        return registration;
    }

    /** The OpenAPI document names the optional header on every marked operation. */
    @Bean
    OperationCustomizer idempotencyKeyHeader(IdempotencyProperties properties) {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(Idempotent.class)) {
                operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER).required(false)
                        .description("Repeating the request with the same key answers the first answer again "
                                + "(header Idempotent-Replayed: true) without a second effect; the same key with "
                                + "another request is answered 422, while the first is still running 409. Kept "
                                + properties.retention().toHours() + " h.")
                        .schema(new StringSchema().maxLength(properties.maxKeyLength())));
            }
            return operation;
        };
    }
}
