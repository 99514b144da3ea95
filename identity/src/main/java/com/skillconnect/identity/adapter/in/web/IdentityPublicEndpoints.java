package com.skillconnect.identity.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** The Users API endpoints anyone may call: everything that leads to a token. Profile and update need one. */
@Configuration(proxyBeanMethods = false)
class IdentityPublicEndpoints {

    private static final String[] PUBLIC_ACTIONS = {"/register", "/verify-otp", "/resend-otp", "/login", "/logout",
            "/forgot-password/request", "/forgot-password/verify", "/forgot-password/reset", "/google"};

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> usersApiPublicEndpoints() {
        return registry -> {
            for (String base : new String[] {UsersController.DOCUMENTED_BASE, UsersController.FRONTEND_BASE}) {
                for (String action : PUBLIC_ACTIONS) {
                    registry.requestMatchers(HttpMethod.POST, base + action).permitAll();
                }
            }
            registry.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/token/refresh").permitAll();
        };
    }
}
