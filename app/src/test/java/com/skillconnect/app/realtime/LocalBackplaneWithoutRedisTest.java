package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.LocalRedis;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.RealtimePresence;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * With the default backplane ({@code local}) nothing needs Redis: the application starts, is healthy and delivers
 * frames with Redis' settings pointing at a port where nothing listens, and holds no Redis connection at all.
 */
class LocalBackplaneWithoutRedisTest {

    @Test
    void theDefaultBackplaneStartsServesAndDeliversWithRedisUnreachable() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.data.redis.host=" + LocalRedis.HOST,
                        "--spring.data.redis.port=" + LocalRedis.closedPort())) {

            assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).as("no Redis connection").isEmpty();
            assertThat(context.getBean(RealtimeDelivery.class)).isInstanceOf(LocalRealtimeDelivery.class);
            assertThat(context.getBean(RealtimePresence.class)).isInstanceOf(LocalRealtimePresence.class);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Response health = new HttpApi(port).get("/actuator/health").send();
            assertThat(health.status()).as("%s", health).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");

            long user = 4_000_000_000L + (System.nanoTime() & 0xFFFFFF);
            SocketSessionRegistry registry = context.getBean(SocketSessionRegistry.class);
            try (TestSocket socket = TestSocket.open(port, "/ws/notifications/?token=" + accessToken(context, user))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> registry.openSockets(user) == 1);
                context.getBean(RealtimeDelivery.class).send(user, "/ws/notifications/", Map.of("n", 1));
                assertThat(socket.next(Duration.ofSeconds(10))).isEqualTo(HttpApi.JSON.readTree("{\"n\":1}"));
            }
        }
    }

    private static String accessToken(ConfigurableApplicationContext context, long userId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(userId)).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1))).claim("token_type", "access").claim("user_id", userId)
                .claim("role", "FREELANCER").build();
        return context.getBean(JwtEncoder.class)
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
                .getTokenValue();
    }
}
