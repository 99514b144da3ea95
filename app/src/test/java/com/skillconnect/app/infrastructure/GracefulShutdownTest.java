package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A stop of the application lets a request in flight finish before the server closes. */
class GracefulShutdownTest {

    private static final CountDownLatch IN_FLIGHT = new CountDownLatch(1);

    @Test
    void aRequestInFlightWhenTheApplicationStopsGetsItsAnswer() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class, SlowEndpoint.class)
                .profiles("test")
                .run("--server.port=0");
        HttpApi api = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());

        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> api.get("/test/slow").send());
        assertThat(IN_FLIGHT.await(30, TimeUnit.SECONDS)).as("the request reached the controller").isTrue();
        context.close();

        Response answer = slow.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().get("finished").asBoolean()).isTrue();
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowEndpoint {

        @Bean
        Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> slowEndpointIsPublic() {
            return registry -> registry.requestMatchers("/test/slow").permitAll();
        }

        @Bean
        SlowController slowController() {
            return new SlowController();
        }
    }

    @RestController
    static class SlowController {

        /**
         * Writes and flushes its whole answer itself: Tomcat counts a request done when the servlet
         * returns, and the flush of a buffered body after that may race the server's stop on a busy
         * machine. What is tested is that the server waits for the request.
         */
        @GetMapping("/test/slow")
        void slow(HttpServletResponse response) throws InterruptedException, IOException {
            IN_FLIGHT.countDown();
            Thread.sleep(3_000);
            byte[] body = "{\"finished\": true}".getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        }
    }
}
