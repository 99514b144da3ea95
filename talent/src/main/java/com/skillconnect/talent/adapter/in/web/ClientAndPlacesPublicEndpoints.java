package com.skillconnect.talent.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Anyone may browse client profiles and use the city and country look-ups; a client's own profile needs a token. */
@Configuration(proxyBeanMethods = false)
class ClientAndPlacesPublicEndpoints {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> clientBrowseAndPlacesArePublic() {
        return registry -> registry.requestMatchers(HttpMethod.GET,
                ClientsApi.BASE + "/clients/browse", ClientsApi.BASE + "/clients/browse/*",
                ClientsApi.BASE + "/city-autocomplete", ClientsApi.BASE + "/country-autocomplete").permitAll();
    }
}
