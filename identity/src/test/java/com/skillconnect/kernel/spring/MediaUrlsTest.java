package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * File URLs answer what {@code ServletUriComponentsBuilder.fromCurrentContextPath().path(p).build().toUriString()}
 * answered before the base was remembered per request, for any path and any request (forwarded headers included).
 */
class MediaUrlsTest {

    private static final List<String> PATHS = Arrays.asList(null, "", "relative/x.png", "http://elsewhere/x.png",
            "/", "/media/a.png", "/media/profile_pictures/7/avatar.jpg", "/media/a b.png", "/media/ünïcødé 写真.png",
            "/media/a%20b.png", "/media/x.png?v=1#frag", "/media/{id}.png", "/media/x;y=1.png", "/media//double.png",
            "//media/x.png", "/media/trailing/", "/media/a+b&c=d.png", "/ ");

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPlainRequestsUrlsAreTheBuildersForEveryPath() {
        assertSameAsTheBuilder(request("http", "localhost", 80, ""));
        assertSameAsTheBuilder(request("http", "127.0.0.1", 8000, ""));
        assertSameAsTheBuilder(request("https", "api.example.com", 443, ""));
        assertSameAsTheBuilder(request("https", "api.example.com", 8443, "/skillconnect"));
    }

    @Test
    void forwardedHeadersMakeTheBaseAsTheyDidForTheBuilder() throws Exception {
        MockHttpServletRequest proxied = request("http", "10.0.0.5", 8000, "");
        proxied.addHeader("X-Forwarded-Proto", "https");
        proxied.addHeader("X-Forwarded-Host", "api.example.com");
        proxied.addHeader("X-Forwarded-Port", "443");
        proxied.addHeader("X-Forwarded-Prefix", "/backend/");
        HttpServletRequest forwarded = throughForwardedHeaderFilter(proxied);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forwarded));

        assertThat(MediaUrls.absolute("/media/a.png")).isEqualTo("https://api.example.com/backend/media/a.png");
        assertSameAsTheBuilder(forwarded);
    }

    @Test
    void aBaseEndingWithASlashStillGoesThroughTheBuilder() {
        MockHttpServletRequest request = request("http", "localhost", 8000, "");
        request.setContextPath("/odd/");
        assertSameAsTheBuilder(request);
        assertThat(MediaUrls.absolute("/media/a.png")).isEqualTo("http://localhost:8000/odd/media/a.png");
    }

    @Test
    void theBaseIsWorkedOutOncePerRequest() {
        MockHttpServletRequest request = request("http", "localhost", 8000, "");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(MediaUrls.absolute("/media/a.png")).isEqualTo("http://localhost:8000/media/a.png");

        request.setServerName("changed.example.com");
        assertThat(MediaUrls.absolute("/media/b.png")).isEqualTo("http://localhost:8000/media/b.png");

        MockHttpServletRequest next = request("http", "changed.example.com", 8000, "");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(next));
        assertThat(MediaUrls.absolute("/media/b.png")).isEqualTo("http://changed.example.com:8000/media/b.png");
    }

    @Test
    void aWrapperWithAnotherBaseSharingTheAttributesGetsItsOwn() throws Exception {
        MockHttpServletRequest direct = request("http", "10.0.0.5", 8000, "");
        direct.addHeader("X-Forwarded-Host", "api.example.com");
        direct.addHeader("X-Forwarded-Proto", "https");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(direct));
        assertThat(MediaUrls.absolute("/media/a.png")).isEqualTo("http://10.0.0.5:8000/media/a.png");

        HttpServletRequest forwarded = throughForwardedHeaderFilter(direct);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forwarded));
        assertThat(MediaUrls.absolute("/media/a.png")).isEqualTo("https://api.example.com/media/a.png");
    }

    @Test
    void outsideARequestItAnswersAsTheBuilderDoes() {
        RequestContextHolder.resetRequestAttributes();
        assertThat(MediaUrls.absolute(null)).isNull();
        assertThat(MediaUrls.absolute("relative.png")).isEqualTo("relative.png");
        assertThatThrownBy(() -> MediaUrls.absolute("/media/a.png")).isInstanceOf(IllegalStateException.class)
                .hasMessage(thrownByTheBuilder().getMessage());
    }

    private static IllegalStateException thrownByTheBuilder() {
        try {
            ServletUriComponentsBuilder.fromCurrentContextPath();
        } catch (IllegalStateException e) {
            return e;
        }
        throw new AssertionError("the builder answered outside a request");
    }

    /** Every path twice (the second time from the remembered base) against the builder on the same request. */
    private static void assertSameAsTheBuilder(HttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        request.removeAttribute(MediaUrls.BASE);
        List<String> expected = new ArrayList<>();
        for (String path : PATHS) {
            expected.add(path == null || !path.startsWith("/") ? path
                    : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString());
        }
        for (int round = 0; round < 2; round++) {
            List<String> actual = new ArrayList<>();
            for (String path : PATHS) {
                actual.add(MediaUrls.absolute(path));
            }
            assertThat(actual).as("round %d on %s", round, request.getRequestURL()).containsExactlyElementsOf(expected);
        }
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/api/v1/conversations/");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        return request;
    }

    private static HttpServletRequest throughForwardedHeaderFilter(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new ForwardedHeaderFilter().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain(new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse res) {
                        seen.set(req);
                    }
                }));
        return seen.get();
    }
}
