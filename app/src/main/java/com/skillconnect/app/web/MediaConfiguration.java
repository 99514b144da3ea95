package com.skillconnect.app.web;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves uploaded files from {@code skillconnect.storage.root} under {@code /media/}, publicly, as the
 * original did (profile pictures appear on public pages). Stored names are random, never the user's.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration implements WebMvcConfigurer {

    private final String storageRoot;

    MediaConfiguration(@Value("${skillconnect.storage.root:./data/media}") String storageRoot) {
        this.storageRoot = storageRoot;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = Path.of(storageRoot).toAbsolutePath().normalize().toUri().toString();
        registry.addResourceHandler("/media/**").addResourceLocations(location.endsWith("/") ? location : location + "/");
    }

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> mediaIsPublic() {
        return registry -> registry.requestMatchers(HttpMethod.GET, "/media/**").permitAll();
    }
}
