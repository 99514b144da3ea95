package com.skillconnect.marketplace.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Anyone may read the categories; everything under the Gigs API needs a token. */
@Configuration(proxyBeanMethods = false)
class MarketplacePublicEndpoints {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> categoriesArePublic() {
        return registry -> registry.requestMatchers(HttpMethod.GET, GigsApi.CATEGORIES, GigsApi.CATEGORIES + "/*")
                .permitAll();
    }
}
