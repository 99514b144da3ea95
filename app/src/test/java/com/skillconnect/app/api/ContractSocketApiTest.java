package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestSocket;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.application.PaymentSettlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import tools.jackson.databind.JsonNode;

/**
 * The contracts socket {@code /ws/messaging/contracts/<order_type>/<order_id>/?token=}: only the order's two parties
 * get through the handshake (a bad token 401, anyone and anything else 404, no upgrade either way); every contract of
 * the order that is created or changes (status, workflow, terms, paid by a verified payment) reaches every socket of
 * both parties, once, as the very object {@code GET contracts/<id>/} answers; a refused change and another order's
 * contract send nothing. A completed payment also tells the freelancer on {@code /ws/notifications/} and in the
 * stored notifications.
 */
class ContractSocketApiTest extends BillingApiSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(700);

    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    PaymentSettlement settlement;

    static String socketPath(String type, long order) {
        return "/ws/messaging/contracts/" + type + "/" + order + "/";
    }

    static String socket(Chat chat, Party party) {
        return socketPath("service", chat.orderId()) + "?token=" + party.caller().access();
    }

    @Test
    void onlyTheOrdersPartiesGetThroughTheHandshake() {
        Chat chat = billableOrder("Logo");
        Chat other = billableOrder("Other");
        Party stranger = clientWithProfile("Asha", "Rao");
        String path = socketPath("service", chat.orderId());
        String client = chat.client().caller().access();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = token(chat.client().userId(), "access", past, past.plus(Duration.ofHours(1)));
        String refresh = token(chat.client().userId(), "refresh", Instant.now(), Instant.now().plus(Duration.ofHours(1)));
        String tampered = client.substring(0, client.length() - 3) + (client.endsWith("AAA") ? "BBB" : "AAA");

        assertThat(TestSocket.handshakeStatus(port, path)).as("no token").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=")).as("empty token").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=garbage")).as("garbage").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=" + tampered)).as("tampered").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=" + expired)).as("expired").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=" + refresh)).as("a refresh token").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=" + stranger.caller().access())).as("a stranger")
                .isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, socketPath("service", other.orderId()) + "?token=" + client))
                .as("a party of another order").isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, socketPath("proposal", chat.orderId()) + "?token=" + client))
                .as("the order's id with the other type").isEqualTo(404);
        for (String type : List.of("gig", "serviceorder", "SERVICE")) {
            assertThat(TestSocket.handshakeStatus(port, socketPath(type, chat.orderId()) + "?token=" + client))
                    .as("order type '%s'", type).isEqualTo(404);
        }
        assertThat(TestSocket.handshakeStatus(port, socketPath("service", 999_999_999_999L) + "?token=" + client))
                .as("no such order").isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, "/ws/messaging/contracts/service/0" + chat.orderId() + "/?token="
                + client)).as("a leading zero").isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, "/ws/messaging/contracts/service/abc/?token=" + client))
                .as("not a number").isEqualTo(404);

        assertThat(TestSocket.handshakeStatus(port, socket(chat, chat.client()))).isEqualTo(101);
        assertThat(TestSocket.handshakeStatus(port, socket(chat, chat.freelancer()))).isEqualTo(101);
        assertThat(TestSocket.handshakeStatus(port, "/ws/messaging/contracts/service/" + chat.orderId() + "?token="
                + client)).as("without the trailing slash").isEqualTo(101);
    }

    @Test
    void aRefusedHandshakeAnswersDrfsDetail() {
        Chat chat = billableOrder("Logo");
        Party stranger = freelancerWithProfile("Mira", "Sen");
        // a plain GET: the checks run before the upgrade
        assertAnswer(api.get(socketPath("service", chat.orderId()) + "?token=garbage").from(client).send(), 401,
                "{'detail': 'Given token not valid for any token type'}");
        assertAnswer(api.get(socketPath("service", chat.orderId()) + "?token=" + stranger.caller().access()).from(client)
                .send(), 404, "{'detail': 'Not found.'}");
    }

    @Test
    void theAccessTokenOfAPartyWhoLoggedOutIsRefused() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        JsonNode session = activeUser(path, "CLIENT");
        Caller caller = new Caller(session.get("user").get("id").asLong(), session.get("access").asString());
        Response profile = send("POST", "/api/v1/profiles/client/profile-setup/", caller,
                ClientApiTestBase.documentExample());
        assertStatus(profile, 201);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from marketplace.client_card where user_id = ?", Integer.class, caller.userId()) > 0);
        Party client = new Party(caller, profile.json().get("id").asLong(), "Jane Smith");
        Chat chat = acceptedServiceOrder(client, freelancerWithProfile("John", "Doe"), "Logo");
        awaitBilling(chat.orderId());
        assertThat(TestSocket.handshakeStatus(port, socket(chat, client))).isEqualTo(101);

        assertStatus(post(path.of("logout"), body("refresh", session.get("refresh").asString())), 200);

        assertThat(TestSocket.handshakeStatus(port, socket(chat, client))).isEqualTo(401);
    }

    @Test
    void everyChangeOfTheOrdersContractReachesEverySocketOfBothPartiesAsTheRestObject() {
        Chat chat = billableOrder("Website");
        try (TestSocket client = openSocket(socket(chat, chat.client()), chat.client().userId());
                TestSocket clientSecondTab = openSocket(socket(chat, chat.client()), chat.client().userId());
                TestSocket freelancer = openSocket(socket(chat, chat.freelancer()), chat.freelancer().userId())) {
            List<TestSocket> all = List.of(client, clientSecondTab, freelancer);

            long id = contractOf(chat, chat.freelancer(), "20000").get("id").asLong();
            JsonNode created = everySocketGets(all, id, chat);
            assertThat(created.get("status").asString()).isEqualTo("pending");
            assertThat(created.get("workflow_status").asString()).isEqualTo("planning");
            assertThat(created.get("service_order").asLong()).isEqualTo(chat.orderId());

            assertStatus(patchContract(id, chat.freelancer(), "amount", "25000", "terms", "All upfront"), 200);
            JsonNode edited = everySocketGets(all, id, chat);
            assertThat(edited.get("terms").asString()).isEqualTo("All upfront");

            assertStatus(send("POST", CONTRACTS + id + "/accept/", chat.client().caller(), null), 200);
            assertThat(everySocketGets(all, id, chat).get("status").asString()).isEqualTo("accepted");

            assertStatus(patchContract(id, chat.freelancer(), "workflow_status", "in-progress"), 200);
            assertThat(everySocketGets(all, id, chat).get("workflow_status").asString()).isEqualTo("in-progress");

            // refused changes and a change that changes nothing send nothing
            assertStatus(patchContract(id, chat.client(), "workflow_status", "completed"), 400);
            assertStatus(patchContract(id, chat.freelancer(), "workflow_status", "paid"), 400);
            assertStatus(patchContract(id, chat.freelancer(), "workflow_status", "in-progress"), 200);
            for (TestSocket socket : all) {
                assertThat(socket.next(QUIET)).as("nothing for a refused or empty change").isNull();
            }
        }
    }

    @Test
    void aVerifiedPaymentPushesThePaidContractAndTellsTheFreelancer() {
        Chat chat = billableOrder("Website");
        long contract = acceptedContract(chat, "20000");
        long request = requested(chat, contract, 20000, "All of it");
        try (TestSocket client = openSocket(socket(chat, chat.client()), chat.client().userId());
                TestSocket freelancer = openSocket(socket(chat, chat.freelancer()), chat.freelancer().userId());
                TestSocket notifications = openSocket("/ws/notifications/?token=" + chat.freelancer().caller().access(),
                        chat.freelancer().userId())) {

            assertThat(settlement.paid(new PaymentRequestId(request), "pay_" + request)).isTrue();

            JsonNode paid = everySocketGets(List.of(client, freelancer), contract, chat);
            assertThat(paid.get("workflow_status").asString()).isEqualTo("paid");
            JsonNode body = paymentNotice(notifications, WAIT);
            assertThat(body).as("the freelancer's notification frame").isNotNull();
            assertThat(body.get("id").asLong()).as("the order's id").isEqualTo(chat.orderId());
            assertThat(body.get("order_type").asString()).isEqualTo("service");
            assertThat(body.get("title").asString()).isEqualTo("Website");
            assertThat(body.get("client").asString()).isEqualTo("Jane Smith");
            assertThat(body.get("text").asString()).isEqualTo("Payment of ₹20,000.00 received from Jane Smith for contract #"
                    + contract + " ('Website').");
            assertThat(body.get("is_read").asBoolean()).isFalse();

            // the same payment again: nothing new anywhere
            assertThat(settlement.paid(new PaymentRequestId(request), "pay_" + request)).isFalse();
            assertThat(paymentNotice(notifications, QUIET)).isNull();
            assertThat(client.next(QUIET)).isNull();
        }
        Response stored = fetch("/api/v1/gigs/notifications/", chat.freelancer().caller());
        assertStatus(stored, 200);
        assertThat(stored.json().get("results").valueStream()
                .filter(item -> item.get("text").asString().startsWith("Payment of ₹20,000.00")).count()).isEqualTo(1);
        assertThat(jdbc.queryForList("select text from marketplace.notification where recipient_user_id = ?",
                String.class, chat.client().userId())).noneMatch(text -> text.startsWith("Payment"));
    }

    @Test
    void anotherOrdersContractDoesNotReachTheSocket() {
        Chat watched = billableOrder("Watched");
        Chat other = acceptedServiceOrder(watched.client(), freelancerWithProfile("Mira", "Sen"), "Other");
        awaitBilling(other.orderId(), other.freelancer());
        try (TestSocket client = openSocket(socket(watched, watched.client()), watched.client().userId())) {
            contractOf(other, other.client(), "500");
            assertThat(client.next(QUIET)).isNull();
            long id = contractOf(watched, watched.client(), "700").get("id").asLong();
            assertThat(client.next(WAIT).get("id").asLong()).isEqualTo(id);
        }
    }

    /**
     * The next frame of every socket, once each: the contract exactly as {@code GET contracts/<id>/} answers it now,
     * to either party.
     */
    private JsonNode everySocketGets(List<TestSocket> sockets, long id, Chat chat) {
        List<JsonNode> frames = sockets.stream().map(socket -> socket.next(WAIT)).toList();
        for (Party party : List.of(chat.client(), chat.freelancer())) {
            Response rest = fetch(CONTRACTS + id + "/", party.caller());
            assertStatus(rest, 200);
            assertThat(frames).as("every socket's frame is the REST object").allSatisfy(frame -> assertThat(frame)
                    .isEqualTo(rest.json()));
        }
        return frames.getFirst();
    }

    /** The next payment notification on a notifications socket (the order's own notices may still arrive), or null. */
    private static JsonNode paymentNotice(TestSocket socket, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        JsonNode frame;
        while ((frame = socket.next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) != null) {
            if (frame.get("notification").get("text").asString().startsWith("Payment")) {
                return frame.get("notification");
            }
        }
        return null;
    }

    private String token(long userId, String type, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(userId)).issuedAt(issuedAt).expiresAt(expiresAt)
                .claim("token_type", type).claim("user_id", userId).claim("role", "CLIENT").build();
        return jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
                .getTokenValue();
    }
}
