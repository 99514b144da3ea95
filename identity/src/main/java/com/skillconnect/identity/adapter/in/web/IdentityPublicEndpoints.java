package com.skillconnect.identity.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The Users API endpoints anyone may call: everything that leads to a token. Profile and update need one. */
@Configuration(proxyBeanMethods = false)
class IdentityPublicEndpoints {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String TOKEN_REFRESH = "/api/v1/auth/token/refresh";
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
            registry.requestMatchers(HttpMethod.POST, TOKEN, TOKEN_REFRESH).permitAll();
        };
    }

    /**
     * Like simplejwt's token views, which authenticate nobody, the token endpoints ignore the
     * {@code Authorization} header: a client that sends its expired access token along while it refreshes
     * gets a new one instead of a 401. Spring Security's resource server picks this bean up.
     */
    @Bean
    BearerTokenResolver bearerTokenResolverIgnoringTokenEndpoints() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        RequestMatcher tokenEndpoints = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TOKEN),
                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TOKEN_REFRESH));
        return request -> tokenEndpoints.matches(request) ? null : standard.resolve(request);
    }
}
