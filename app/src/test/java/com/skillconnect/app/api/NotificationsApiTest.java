package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Order notifications end to end: the socket {@code /ws/notifications/?token=} (refused at the handshake for
 * anything but a valid access token; one frame per notification, to the party that must act, on each of their
 * sockets) and the stored notifications over REST (list, unread count, read, read-all; a stranger's is not found).
 * Order events are published as marketplace's order module would: inside a transaction.
 */
class NotificationsApiTest extends FreelancerApiSupport {

    private static final String SOCKET = "/ws/notifications/";
    private static final String NOTIFICATIONS = "/api/v1/gigs/notifications/";
    private static final Duration FRAME_WAIT = Duration.ofSeconds(10);
    /** How long a socket is watched for a frame that must not come. */
    private static final Duration SILENCE = Duration.ofMillis(700);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CompletedEventPublications completed;

    // ---- the handshake --------------------------------------------------------------------------

    @Test
    void aHandshakeWithoutAValidAccessTokenIsRefusedBeforeTheUpgrade() {
        Caller someone = freelancer();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = token(someone.userId(), "access", past, past.plus(Duration.ofHours(1)));
        String refresh = token(someone.userId(), "refresh", Instant.now(), Instant.now().plus(Duration.ofHours(1)));
        String access = someone.access();
        String tampered = access.substring(0, access.length() - 3) + (access.endsWith("AAA") ? "BBB" : "AAA");

        for (String path : List.of(SOCKET, "/ws/notifications")) {
            assertThat(TestSocket.handshakeStatus(port, path)).as("no token").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=")).as("empty token").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=garbage")).as("garbage").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=" + tampered)).as("tampered").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=" + expired)).as("expired").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=" + refresh)).as("refresh token").isEqualTo(401);
            assertThat(TestSocket.handshakeStatus(port, path + "?token=" + access)).as("a valid access token").isEqualTo(101);
        }
        // the same tokens on REST: the socket refuses exactly what REST refuses
        assertStatus(get(NOTIFICATIONS, expired), 401);
        assertStatus(get(NOTIFICATIONS, refresh), 401);
        assertStatus(get(NOTIFICATIONS, access), 200);
    }

    @Test
    void theAccessTokenOfAUserWhoLoggedOutIsRefused() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        JsonNode session = activeUser(path, "FREELANCER");
        String access = session.get("access").asString();
        assertThat(TestSocket.handshakeStatus(port, SOCKET + "?token=" + access)).isEqualTo(101);

        assertStatus(post(path.of("logout"), body("refresh", session.get("refresh").asString())), 200);

        assertThat(TestSocket.handshakeStatus(port, SOCKET + "?token=" + access)).isEqualTo(401);
        assertStatus(get(NOTIFICATIONS, access), 401);
    }

    @Test
    void aRefusedHandshakeAnswersDrfsDetail() {
        // a plain GET (the JDK's HTTP client may not send the upgrade headers): the check runs before the upgrade
        assertAnswer(api.get(SOCKET + "?token=garbage").from(client).send(), 401,
                "{'detail': 'Given token not valid for any token type'}");
        assertAnswer(api.get(SOCKET).from(client).send(), 401, "{'detail': 'Authentication credentials were not provided.'}");
    }

    // ---- the frames -----------------------------------------------------------------------------

    @Test
    void aNewOrderReachesEachOfTheFreelancersSocketsOnceAndNotTheClients() {
        Order order = new Order(OrderType.SERVICE);
        clientCard(order, "Jane", "Doe");
        try (TestSocket freelancerSocket = openSocket(SOCKET + "?token=" + order.freelancer.access(), order.freelancer.userId());
                TestSocket freelancerOtherSocket = openSocket("/ws/notifications?token=" + order.freelancer.access(), order.freelancer.userId());
                TestSocket clientSocket = openSocket(SOCKET + "?token=" + order.client.access(), order.client.userId())) {

            publish(order.placed("Website Design"));

            long stored = storedNotificationId(order, OrderStatus.PENDING);
            String expected = """
                    {'notification': {'id': %d, 'notification_id': %d, 'order_id': %d, 'order_type': 'service',
                     'title': 'Website Design', 'client': 'Jane Doe', 'status': 'pending',
                     'text': "New order received from Jane Doe for service 'Website Design'.", 'is_read': false,
                     'created_at': '%s'}}""".formatted(order.id.value(), stored, order.id.value(), order.at);
            assertThat(freelancerSocket.next(FRAME_WAIT)).isEqualTo(json(expected));
            assertThat(freelancerOtherSocket.next(FRAME_WAIT)).isEqualTo(json(expected));
            assertThat(freelancerSocket.next(SILENCE)).as("exactly one frame").isNull();
            assertThat(freelancerOtherSocket.next(SILENCE)).as("exactly one frame").isNull();
            assertThat(clientSocket.next(SILENCE)).as("the client ordered: nothing to tell them").isNull();
        }
    }

    @Test
    void aStatusChangeReachesTheOtherPartyAndAReplayedEventSendsNothing() {
        Order order = new Order(OrderType.PROPOSAL);
        try (TestSocket freelancerSocket = openSocket(SOCKET + "?token=" + order.freelancer.access(), order.freelancer.userId());
                TestSocket clientSocket = openSocket(SOCKET + "?token=" + order.client.access(), order.client.userId())) {
            OrderPlaced applied = order.placed("Mobile App");
            publish(applied);
            assertThat(clientSocket.next(FRAME_WAIT).get("notification").get("text").asString())
                    .isEqualTo("New application received from a freelancer for proposal 'Mobile App'.");

            OrderStatusChanged accepted = order.changed(OrderStatus.PENDING, OrderStatus.ACCEPTED, order.client);
            publish(accepted);
            JsonNode frame = freelancerSocket.next(FRAME_WAIT).get("notification");
            assertThat(frame.get("id").asLong()).isEqualTo(order.id.value());
            assertThat(frame.get("status").asString()).isEqualTo("accepted");
            assertThat(frame.get("text").asString()).isEqualTo("Application for proposal 'Mobile App' was accepted by a client.");

            publish(applied);
            publish(accepted);
            await().atMost(FRAME_WAIT).until(() -> completedDeliveries(applied) == 2 && completedDeliveries(accepted) == 2);
            assertThat(clientSocket.next(SILENCE)).as("a replayed event sends nothing").isNull();
            assertThat(freelancerSocket.next(SILENCE)).as("a replayed event sends nothing").isNull();
        }
    }

    @Test
    void anApplicationRejectedBecauseAnotherWasAcceptedReachesItsFreelancer() {
        Order order = new Order(OrderType.PROPOSAL);
        try (TestSocket freelancerSocket = openSocket(SOCKET + "?token=" + order.freelancer.access(), order.freelancer.userId())) {
            publish(order.changed(OrderStatus.PENDING, OrderStatus.REJECTED, null));

            JsonNode frame = freelancerSocket.next(FRAME_WAIT).get("notification");
            assertThat(frame.get("status").asString()).isEqualTo("rejected");
            assertThat(frame.get("text").asString())
                    .isEqualTo("Application for proposal 'Mobile App' was rejected: another application was accepted.");
        }
    }

    // ---- the stored notifications ----------------------------------------------------------------

    @Test
    void aUserWhoWasOfflineFindsTheirNotificationsNewestFirst() {
        Order order = new Order(OrderType.SERVICE);
        publish(order.placed("Website Design"));
        publish(order.changed(OrderStatus.PENDING, OrderStatus.CANCELLED, order.client));
        long placed = storedNotificationId(order, OrderStatus.PENDING);
        long cancelled = storedNotificationId(order, OrderStatus.CANCELLED);

        Response list = fetch(NOTIFICATIONS, order.freelancer);

        assertAnswer(list, 200, """
                {'count': 2, 'next': null, 'previous': null, 'results': [
                 {'id': %d, 'order_id': %d, 'order_type': 'service', 'title': 'Website Design',
                  'text': "Order for service 'Website Design' was cancelled by a client.", 'status': 'cancelled',
                  'is_read': false, 'created_at': '%s'},
                 {'id': %d, 'order_id': %d, 'order_type': 'service', 'title': 'Website Design',
                  'text': "New order received from a client for service 'Website Design'.", 'status': 'pending',
                  'is_read': false, 'created_at': '%s'}]}""".formatted(cancelled, order.id.value(),
                order.at.plusSeconds(3), placed, order.id.value(), order.at));
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.freelancer), 200, "{'count': 2}");
        assertAnswer(fetch(NOTIFICATIONS, order.client), 200, "{'count': 0, 'next': null, 'previous': null, 'results': []}");

        Response firstPage = fetch(NOTIFICATIONS + "?page_size=1", order.freelancer);
        assertThat(firstPage.json().get("results")).hasSize(1);
        assertThat(firstPage.json().get("next").asString()).isEqualTo(api.baseUrl() + NOTIFICATIONS + "?page_size=1&page=2");
        assertThat(fetch(NOTIFICATIONS + "?page_size=1000", order.freelancer).json().get("results")).hasSize(2);
        assertStatus(get(NOTIFICATIONS, null), 401);
    }

    @Test
    void readAndReadAllMarkOnlyTheCallersOwnNotifications() {
        Order order = new Order(OrderType.SERVICE);
        publish(order.placed("Website Design"));
        publish(order.changed(OrderStatus.PENDING, OrderStatus.ACCEPTED, order.freelancer));
        publish(order.changed(OrderStatus.ACCEPTED, OrderStatus.CANCELLED, order.client));
        long placed = storedNotificationId(order, OrderStatus.PENDING);
        long accepted = storedNotificationId(order, OrderStatus.ACCEPTED);
        long cancelled = storedNotificationId(order, OrderStatus.CANCELLED);
        Caller stranger = clientUser();

        assertAnswer(send("POST", NOTIFICATIONS + placed + "/read/", stranger, null), 404, "{'detail': 'Not found.'}");
        assertAnswer(send("POST", NOTIFICATIONS + accepted + "/read/", order.freelancer, null), 404, "{'detail': 'Not found.'}");
        assertAnswer(send("POST", NOTIFICATIONS + "0/read/", order.freelancer, null), 404, "{'detail': 'Not found.'}");
        assertAnswer(send("POST", NOTIFICATIONS + "abc/read/", order.freelancer, null), 404, "{'detail': 'Not found.'}");
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.freelancer), 200, "{'count': 2}");

        Response read = send("POST", NOTIFICATIONS + placed + "/read/", order.freelancer, null);

        assertStatus(read, 200);
        assertThat(read.json().get("id").asLong()).isEqualTo(placed);
        assertThat(read.json().get("is_read").asBoolean()).isTrue();
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count", order.freelancer), 200, "{'count': 1}");
        assertStatus(send("POST", NOTIFICATIONS + placed + "/read", order.freelancer, null), 200);
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.freelancer), 200, "{'count': 1}");

        assertAnswer(send("POST", NOTIFICATIONS + "read-all/", stranger, null), 200, "{'updated': 0}");
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.freelancer), 200, "{'count': 1}");
        assertAnswer(send("POST", NOTIFICATIONS + "read-all/", order.freelancer, null), 200, "{'updated': 1}");
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.freelancer), 200, "{'count': 0}");
        assertThat(fetch(NOTIFICATIONS, order.freelancer).json().get("results")).allMatch(item -> item.get("is_read").asBoolean());
        // the client's own notification (the freelancer accepted) is untouched by the freelancer's read-all
        assertAnswer(fetch("/api/v1/gigs/notifications/unread-count/", order.client), 200, "{'count': 1}");
        assertThat(fetch(NOTIFICATIONS, order.freelancer).json().get("results").findValues("id"))
                .extracting(JsonNode::asLong).containsExactly(cancelled, placed);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** An order between a fresh client and a fresh freelancer (forged access tokens of users identity never made). */
    private final class Order {

        final OrderType type;
        final OrderId id = new OrderId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
        final Caller client = clientUser();
        final Caller freelancer = freelancer();
        final ClientId clientProfile = new ClientId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
        final FreelancerId freelancerProfile = new FreelancerId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
        final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Order(OrderType type) {
            this.type = type;
        }

        OrderPlaced placed(String title) {
            return new OrderPlaced(type, id, 7, new UserId(client.userId()), clientProfile, new UserId(freelancer.userId()),
                    freelancerProfile, title, new BigDecimal("500.00"), new BigDecimal("900.00"), 5, at);
        }

        OrderStatusChanged changed(OrderStatus previous, OrderStatus status, Caller by) {
            String title = type == OrderType.SERVICE ? "Website Design" : "Mobile App";
            return new OrderStatusChanged(type, id, 7, new UserId(client.userId()), clientProfile,
                    new UserId(freelancer.userId()), freelancerProfile, title, new BigDecimal("500.00"),
                    new BigDecimal("900.00"), 5, previous, status, by == null ? null : new UserId(by.userId()),
                    at.plusSeconds(status.ordinal()));
        }
    }

    /** Publishes as a module does: inside a transaction, so the listeners run once it commits. */
    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private void clientCard(Order order, String firstName, String lastName) {
        publish(ProfileCardChanged.ofClient(new UserId(order.client.userId()), order.clientProfile, firstName, lastName,
                null, "Pune", "individual", null, "India", null, Instant.now()));
        await().atMost(FRAME_WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from marketplace.client_card where client_id = ?", Integer.class, order.clientProfile.value()) == 1);
    }

    private long storedNotificationId(Order order, OrderStatus status) {
        return await().atMost(FRAME_WAIT).until(() -> jdbc.queryForList("""
                select id from marketplace.notification where order_type = ? and order_id = ? and status = ?""",
                Long.class, order.type.name(), order.id.value(), status.name()), ids -> ids.size() == 1).getFirst();
    }

    /** Deliveries of the event to marketplace's own listener (conversations listens to the order events too). */
    private long completedDeliveries(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event))
                .filter(publication -> publication instanceof TargetEventPublication target
                        && target.getTargetIdentifier().getValue().startsWith("com.skillconnect.marketplace."))
                .count();
    }

    private String token(long userId, String type, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(userId)).issuedAt(issuedAt).expiresAt(expiresAt)
                .claim("token_type", type).claim("user_id", userId).claim("role", "FREELANCER").build();
        return jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
                .getTokenValue();
    }
}
