package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.LenientJson;
import com.skillconnect.app.test.LocalRedis;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.RealtimePresence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;

/**
 * Two whole application instances ({@code A} and {@code B}: two Spring contexts on their own ports) on one PostgreSQL
 * with {@code skillconnect.realtime.backplane=redis} against the machine's Redis (a fresh channel and key prefix per
 * run): what one instance sends reaches the sockets the other holds, and presence is counted across both.
 * <p>
 * Marketplace's notifications ({@code /ws/notifications/}) and conversations' chat ({@code /ws/messaging/chat/{id}/}:
 * messages posted over REST or a socket, typing, presence) both cross. Adding a case for another socket: set it up
 * over REST with {@link Instance#send}, open the sockets with {@link Instance#socket} on either instance and assert
 * the frames; {@link #parties()} gives a freelancer and a client with profiles and tokens both instances accept.
 */
class TwoInstancesRedisTest {

    private static final Duration FRAME_WAIT = Duration.ofSeconds(15);
    private static final Duration SILENCE = Duration.ofMillis(700);
    private static final String NOTIFICATIONS = "/ws/notifications/";
    private static final AtomicLong USERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));

    private static EmbeddedPostgres database;
    private static String prefix;
    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws IOException {
        LocalRedis.assumeRunning();
        database = EmbeddedPostgres.builder().start();
        prefix = LocalRedis.uniquePrefix();
        a = Instance.start(database, prefix);
        b = Instance.start(database, prefix);
    }

    @AfterAll
    static void stop() throws IOException {
        if (b != null) {
            b.context.close();
        }
        if (a != null) {
            a.context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void bothInstancesUseTheRedisBackplane() {
        for (Instance instance : List.of(a, b)) {
            assertThat(instance.context.getBean(RealtimeDelivery.class)).isInstanceOf(RedisRealtimeDelivery.class);
            assertThat(instance.context.getBean(RealtimePresence.class)).isInstanceOf(RedisRealtimePresence.class);
            assertThat(instance.context.getBean(RedisRealtimeDelivery.class).channel()).isEqualTo(prefix + ":frames");
        }
    }

    @Test
    void anOrderPlacedOnOneInstanceIsNotifiedToTheSocketsOnTheOtherAndTheAnswerComesBack() {
        Parties parties = parties();
        long gig = a.created(parties.freelancer(), "/api/v1/gigs/services/", gig("Website Design"));

        try (TestSocket freelancerOnB = b.socket(NOTIFICATIONS, parties.freelancer());
                TestSocket freelancerOnA = a.socket(NOTIFICATIONS, parties.freelancer());
                TestSocket clientOnA = a.socket(NOTIFICATIONS, parties.client())) {

            long order = a.created(parties.client(), "/api/v1/gigs/service-orders/", Map.of("service_id", gig, "message", "Hello"));

            JsonNode onB = freelancerOnB.next(FRAME_WAIT);
            assertThat(onB).as("the socket on B").isNotNull();
            assertThat(onB.get("notification").get("id").asLong()).isEqualTo(order);
            assertThat(onB.get("notification").get("text").asString())
                    .isEqualTo("New order received from Jane Roe for service 'Website Design'.");
            assertThat(freelancerOnA.next(FRAME_WAIT)).as("the socket on A, the same frame").isEqualTo(onB);
            assertThat(freelancerOnB.next(SILENCE)).as("exactly once").isNull();
            assertThat(freelancerOnA.next(SILENCE)).as("exactly once").isNull();
            assertThat(clientOnA.next(Duration.ZERO)).as("the client ordered: nothing to tell them").isNull();

            accept(b, parties, order);

            JsonNode answer = clientOnA.next(FRAME_WAIT);
            assertThat(answer).as("accepted on B, the client's socket on A").isNotNull();
            assertThat(answer.get("notification").get("status").asString()).isEqualTo("accepted");
            assertThat(clientOnA.next(SILENCE)).as("exactly once").isNull();
        }
    }

    @Test
    void chatMessagesTypingAndPresenceReachThePartyOnTheOtherInstance() {
        Parties parties = parties();
        long gig = a.created(parties.freelancer(), "/api/v1/gigs/services/", gig("Logo Design"));
        long order = a.created(parties.client(), "/api/v1/gigs/service-orders/", Map.of("service_id", gig, "message", "Hi"));
        accept(a, parties, order);
        long conversation = b.awaitConversation(parties.client(), order);
        String chat = "/ws/messaging/chat/" + conversation + "/";

        try (TestSocket clientOnA = a.socket(chat, parties.client())) {
            TestSocket freelancerOnB = b.socket(chat, parties.freelancer());
            assertThat(clientOnA.next(FRAME_WAIT)).as("the freelancer came online on B").isEqualTo(json(
                    "{'type': 'presence', 'conversation_id': %d, 'user_id': %d, 'status': 'online'}", conversation,
                    parties.freelancer().userId()));

            Response posted = a.send("POST", "/api/v1/messaging/conversations/" + conversation + "/messages/", parties.client(),
                    Map.of("content", "Posted on A", "message_type", "text"));
            assertThat(posted.status()).as("%s", posted).isEqualTo(201);
            // the client's presence (its socket opened first, on A) may reach B after the freelancer's socket opened
            JsonNode onB = freelancerOnB.nextIgnoringPresence(FRAME_WAIT);
            assertThat(onB).as("the message posted on A, on the freelancer's socket on B").isNotNull();
            assertThat(onB.get("id").asLong()).isEqualTo(posted.json().get("id").asLong());
            assertThat(onB.get("content").asString()).isEqualTo("Posted on A");
            assertThat(clientOnA.next(FRAME_WAIT)).as("and on the sender's own socket on A, the same frame").isEqualTo(onB);

            freelancerOnB.send("{\"type\": \"typing\", \"typing\": true}");
            assertThat(clientOnA.next(FRAME_WAIT)).as("typing on B, told on A").isEqualTo(json(
                    "{'type': 'typing', 'conversation_id': %d, 'user_id': %d, 'typing': true}", conversation,
                    parties.freelancer().userId()));

            freelancerOnB.send("{\"message\": \"Sent over the socket on B\", \"message_type\": \"text\"}");
            JsonNode fromSocket = clientOnA.next(FRAME_WAIT);
            assertThat(fromSocket).as("a message sent over B's socket, on A").isNotNull();
            assertThat(fromSocket.get("content").asString()).isEqualTo("Sent over the socket on B");
            assertThat(fromSocket.get("sender_id").asLong()).isEqualTo(parties.freelancer().userId());
            assertThat(freelancerOnB.nextIgnoringPresence(FRAME_WAIT)).as("echoed to its sender on B").isEqualTo(fromSocket);

            freelancerOnB.close();
            assertThat(clientOnA.next(FRAME_WAIT)).as("the freelancer's last socket closed on B").isEqualTo(json(
                    "{'type': 'presence', 'conversation_id': %d, 'user_id': %d, 'status': 'offline'}", conversation,
                    parties.freelancer().userId()));
            assertThat(clientOnA.next(SILENCE)).as("nothing more, nothing twice").isNull();
        }
    }

    @Test
    void presenceIsCountedAcrossInstances() {
        long user = USERS.incrementAndGet();
        String chat = "/ws/messaging/chat/" + user + "/";
        RealtimePresence onA = a.context.getBean(RealtimePresence.class);
        RealtimePresence onB = b.context.getBean(RealtimePresence.class);

        assertThat(onA.opened(user, chat)).as("a socket on A: the user came online").isTrue();
        assertThat(onB.opened(user, chat)).as("then one on B: another tab").isFalse();
        assertThat(onB.online(user, chat)).isTrue();
        assertThat(onA.closed(user, chat)).as("A's closes, B's is still open").isFalse();
        assertThat(onA.online(user, chat)).isTrue();
        assertThat(onB.closed(user, chat)).as("the last one closes: the user went offline").isTrue();
        assertThat(onA.online(user, chat)).isFalse();
    }

    // ---- users and instances ----------------------------------------------------------------------

    /** Who calls: a user and an access token as identity issues it (both instances share the test profile's secret). */
    record Caller(long userId, String access) {
    }

    /** A freelancer and a client with their profiles, whose cards marketplace knows. */
    record Parties(Caller freelancer, Caller client) {
    }

    static Parties parties() {
        Caller freelancer = freelancer();
        Caller client = client();
        a.profile(freelancer, "/api/v1/profiles/freelancer/profile-setup/", Map.of("first_name", "John", "last_name", "Doe",
                "about", "Full-stack developer", "age", 28, "country", "India", "location", "Mumbai",
                "skills_input", List.of(Map.of("name", "React")),
                "languages_input", List.of(Map.of("name", "English", "proficiency", "Native"))));
        a.profile(client, "/api/v1/profiles/client/profile-setup/",
                Map.of("account_type", "individual", "first_name", "Jane", "last_name", "Roe", "country", "India",
                        "location", "Pune"));
        a.awaitCard("freelancer_card", freelancer);
        a.awaitCard("client_card", client);
        return new Parties(freelancer, client);
    }

    /** The freelancer accepts the service order on the instance. */
    static void accept(Instance instance, Parties parties, long order) {
        Response accepted = instance.send("PATCH", "/api/v1/gigs/service-orders/" + order + "/", parties.freelancer(),
                Map.of("status", "accepted"));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    }

    /** A JSON object written with single quotes, its {@code %d}s filled in. */
    static JsonNode json(String template, Object... values) {
        return LenientJson.read(template.formatted(values));
    }

    static Caller freelancer() {
        return a.caller("FREELANCER");
    }

    static Caller client() {
        return a.caller("CLIENT");
    }

    static Map<String, Object> gig(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Beautiful portfolio website built with React & Django.");
        body.put("category_id", 2);
        body.put("skills_input", List.of(Map.of("name", "React")));
        body.put("price", 25000);
        body.put("delivery_time", 10);
        body.put("revisions", 3);
        body.put("is_active", true);
        return body;
    }

    /** One running instance: its context, its port, its API. */
    record Instance(ConfigurableApplicationContext context, int port, HttpApi api) {

        static Instance start(EmbeddedPostgres database, String prefix) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--skillconnect.realtime.backplane=redis",
                            "--skillconnect.realtime.redis.prefix=" + prefix,
                            "--spring.data.redis.host=" + LocalRedis.HOST,
                            "--spring.data.redis.port=" + LocalRedis.PORT);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new Instance(context, port, new HttpApi(port));
        }

        Caller caller(String role) {
            long userId = USERS.incrementAndGet();
            Instant now = Instant.now();
            JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(userId)).issuedAt(now)
                    .expiresAt(now.plus(Duration.ofHours(1))).claim("token_type", "access").claim("user_id", userId)
                    .claim("email", "u" + userId + "@example.com").claim("role", role).build();
            String token = context.getBean(JwtEncoder.class)
                    .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
                    .getTokenValue();
            return new Caller(userId, token);
        }

        Response send(String method, String path, Caller caller, Object json) {
            HttpApi.Request request = api.request(method, path).bearer(caller.access());
            return (json == null ? request : request.json(json)).send();
        }

        /** POSTs and answers the new resource's id (201 expected). */
        long created(Caller caller, String path, Object json) {
            Response response = send("POST", path, caller, json);
            assertThat(response.status()).as("%s", response).isEqualTo(201);
            return response.json().get("id").asLong();
        }

        void profile(Caller caller, String path, Map<String, Object> json) {
            created(caller, path, json);
        }

        /** Waits until marketplace knows the user's card (it learns it from talent's events). */
        void awaitCard(String table, Caller caller) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                    "select count(*) from marketplace." + table + " where user_id = ?", Integer.class, caller.userId()) == 1);
        }

        /** Waits until conversations opened the accepted order's conversation (from marketplace's event); its id. */
        long awaitConversation(Caller party, long order) {
            long[] id = new long[1];
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Response list = send("GET", "/api/v1/messaging/conversations/", party, null);
                for (JsonNode conversation : list.json()) {
                    if (conversation.get("order_id").asLong() == order) {
                        id[0] = conversation.get("id").asLong();
                        return true;
                    }
                }
                return false;
            });
            return id[0];
        }

        /** Opens a socket of the user on this instance and waits until the instance holds it. */
        TestSocket socket(String path, Caller caller) {
            SocketSessionRegistry registry = context.getBean(SocketSessionRegistry.class);
            int before = registry.openSockets(caller.userId());
            TestSocket socket = TestSocket.open(port, path + "?token=" + caller.access());
            await().atMost(Duration.ofSeconds(10)).until(() -> registry.openSockets(caller.userId()) > before);
            return socket;
        }
    }
}
