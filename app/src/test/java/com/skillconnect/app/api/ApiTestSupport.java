package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.app.test.FakeGoogle;
import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.LenientJson;
import com.skillconnect.app.test.MutableClock;
import com.skillconnect.app.test.PublishedEvents;
import com.skillconnect.app.test.SqlStatementCounter;
import com.skillconnect.app.test.TestClockConfiguration;
import com.skillconnect.app.test.TestMailServer;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.app.realtime.SocketSessionRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole application on a random port, over real HTTP: a throw-away embedded PostgreSQL, a real SMTP
 * server (GreenMail) the tests read the codes from, WireMock in Google's place, and a clock the tests can
 * move. Every API test class extends this class and adds no configuration of its own, so that they all
 * share one Spring context.
 */
@SpringBootTest(classes = SkillConnectApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, SqlStatementCounter.class, PublishedEvents.class})
public abstract class ApiTestSupport {

    /** Meets every password rule. */
    protected static final String PASSWORD = "Str0ng!Passw0rd";
    protected static final String OTHER_PASSWORD = "An0ther#Secret9";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    protected static final TestMailServer mail = TestMailServer.shared();
    protected static final FakeGoogle google = FakeGoogle.shared();

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected SqlStatementCounter sqlStatements;

    @Autowired
    private SocketSessionRegistry sockets;

    protected HttpApi api;
    /** This test's client address: every test is a different client for the per-client login limit. */
    protected String client;

    /**
     * Opens a socket of the user and waits until the server holds it (its endpoint's handler registers it a little
     * after the client saw the upgrade), so that a frame sent next cannot miss it.
     */
    protected TestSocket openSocket(String pathAndQuery, long userId) {
        int before = sockets.openSockets(userId);
        TestSocket socket = TestSocket.open(port, pathAndQuery);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> sockets.openSockets(userId) > before);
        return socket;
    }

    /** The bytes served at a URL path (e.g. an uploaded file under /media/), or at an absolute URL of this server. */
    protected byte[] download(String url) {
        return api.download(localPath(url));
    }

    /** The path of an absolute URL of this server (file URLs are absolute); a path stays as it is. */
    protected String localPath(String url) {
        if (!url.startsWith("http")) {
            return url;
        }
        assertThat(url).as("a URL of this server").startsWith("http://localhost:" + port + "/");
        return java.net.URI.create(url).getRawPath();
    }

    @BeforeEach
    void newClient() {
        api = new HttpApi(port);
        int n = CLIENTS.incrementAndGet();
        client = "10.%d.%d.%d".formatted((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    }

    @AfterEach
    void restoreWorld() {
        clock.reset();
        google.publishKeys();
    }

    // ---- requests -------------------------------------------------------------------------------

    protected Response post(String path, Object json) {
        return api.post(path, json).from(client).send();
    }

    protected Response get(String path, String accessToken) {
        HttpApi.Request request = api.get(path).from(client);
        return (accessToken == null ? request : request.bearer(accessToken)).send();
    }

    /** A JSON object from alternating names and values (values may be null, unlike {@code Map.of}). */
    protected static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    // ---- flows ----------------------------------------------------------------------------------

    protected static String newEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    }

    /** Registers and answers the code mailed for it. */
    protected String register(UsersApiPath path, String email, String password, String role) {
        Response response = post(path.of("register"), body("email", email, "password", password, "role", role));
        assertStatus(response, 201);
        return mail.nextCode(email);
    }

    /** Registers and verifies: answers the verify-otp body (message, tokens, user). */
    protected JsonNode registerAndVerify(UsersApiPath path, String email, String password, String role) {
        String code = register(path, email, password, role);
        Response verified = post(path.of("verify-otp"), body("email", email, "otp", code));
        assertStatus(verified, 200);
        return verified.json();
    }

    protected JsonNode activeUser(UsersApiPath path, String role) {
        return registerAndVerify(path, newEmail(), PASSWORD, role);
    }

    protected Response login(UsersApiPath path, String email, String password) {
        return post(path.of("login"), body("email", email, "password", password));
    }

    // ---- assertions -----------------------------------------------------------------------------

    protected static void assertStatus(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
    }

    /** An answer (200 expected) and the SQL statements its request ran on the server's request threads. */
    protected record Counted(Response response, List<SqlStatementCounter.Executed> statements) {
    }

    protected Counted counting(Supplier<Response> request) {
        SqlStatementCounter.Recording recording = sqlStatements.record();
        Response response = request.get();
        recording.stop();
        assertStatus(response, 200);
        return new Counted(response, recording.onServerThreads());
    }

    /** Status and the whole body; the expected JSON may use single quotes. */
    protected static void assertAnswer(Response response, int status, String expectedJson) {
        assertStatus(response, status);
        assertThat(response.json()).as("%s", response).isEqualTo(json(expectedJson));
    }

    protected static JsonNode json(String lenientJson) {
        return LenientJson.read(lenientJson);
    }

    /** The user object of the Users API: exactly id, email, role and first_login. */
    protected static void assertUser(JsonNode user, String email, String role, boolean firstLogin) {
        assertThat(user.propertyNames()).containsExactlyInAnyOrder("id", "email", "role", "first_login");
        assertThat(user.get("id").isIntegralNumber()).as("id is a number: %s", user).isTrue();
        assertThat(user.get("id").asLong()).isPositive();
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("role").asString()).isEqualTo(role);
        assertThat(user.get("first_login").asBoolean()).isEqualTo(firstLogin);
    }

    protected Map<String, Object> accountRow(String email) {
        return jdbc.queryForMap("select * from identity.user_account where email = ?", email);
    }

    protected int accounts(String email) {
        return jdbc.queryForObject("select count(*) from identity.user_account where email = ?", Integer.class, email);
    }
}
