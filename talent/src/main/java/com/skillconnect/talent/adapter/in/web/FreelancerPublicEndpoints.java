package com.skillconnect.talent.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Anyone may browse freelancers and read a public profile; setting one up needs a token. */
@Configuration(proxyBeanMethods = false)
class FreelancerPublicEndpoints {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> freelancerBrowseIsPublic() {
        return registry -> registry.requestMatchers(HttpMethod.GET,
                FreelancerBrowseController.BASE, FreelancerBrowseController.BASE + "/*").permitAll();
    }
}
