package com.skillconnect.app.operations;

import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator for operators: metrics (Prometheus) only on the management port
 * ({@code management.server.port}), which the operator keeps off the public network; the API port serves
 * health and nothing else, whatever {@code management.endpoints.web.exposure.include} says.
 */
@Configuration(proxyBeanMethods = false)
class OperatorEndpointsConfiguration {

    private static final Set<EndpointId> ON_THE_API_PORT = Set.of(EndpointId.of("health"));

    /** With no separate management port, every web endpoint but health stays unexposed. */
    @Bean
    EndpointFilter<ExposableWebEndpoint> onlyHealthOnTheApiPort(Environment environment) {
        boolean separatePort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return endpoint -> separatePort || ON_THE_API_PORT.contains(endpoint.getEndpointId());
    }

    /**
     * Requests to actuator endpoints on the management port need no token: the port is the operator's
     * (scrapers, probes). Ordered before the API's chain, which would ask for a bearer token. The matcher
     * matches only requests that arrived on the management server.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    SecurityFilterChain managementPortSecurityFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(registry -> registry.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
