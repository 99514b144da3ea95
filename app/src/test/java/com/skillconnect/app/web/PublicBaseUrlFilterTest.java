package com.skillconnect.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

class PublicBaseUrlFilterTest {

    @Test
    void linksStartWithThePublicBaseUrlWhateverHostTheCallerSent() throws Exception {
        HttpServletRequest seen = through(new PublicBaseUrlFilter("https://api.example.com/skillconnect/"), request());

        assertThat(ServletUriComponentsBuilder.fromContextPath(seen).path("/media/a.png").toUriString())
                .isEqualTo("https://api.example.com/skillconnect/media/a.png");
        assertThat(ServletUriComponentsBuilder.fromRequest(seen).toUriString())
                .isEqualTo("https://api.example.com/skillconnect/api/v1/profiles/freelancers/browse?page=2");
        assertThat(seen.isSecure()).isTrue();
    }

    @Test
    void anExplicitPortIsKept() throws Exception {
        HttpServletRequest seen = through(new PublicBaseUrlFilter("http://localhost:8000"), request());

        assertThat(ServletUriComponentsBuilder.fromContextPath(seen).toUriString()).isEqualTo("http://localhost:8000");
    }

    @Test
    void withoutTheSettingLinksComeFromTheRequest() throws Exception {
        HttpServletRequest seen = through(new PublicBaseUrlFilter(""), request());

        assertThat(ServletUriComponentsBuilder.fromContextPath(seen).toUriString()).isEqualTo("http://caller.example:8080");
    }

    @Test
    void aRelativeBaseUrlIsAMistake() {
        assertThatThrownBy(() -> new PublicBaseUrlFilter("api.example.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skillconnect.public-base-url");
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/profiles/freelancers/browse");
        request.setServerName("caller.example");
        request.setServerPort(8080);
        request.setQueryString("page=2");
        request.addHeader("Host", "caller.example:8080");
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.addHeader("X-Forwarded-Proto", "http");
        return request;
    }

    private static HttpServletRequest through(PublicBaseUrlFilter filter, MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
