package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.TestSocket;
import com.skillconnect.conversations.PaymentMessageRequested;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.PaymentMessageStatusChanged;
import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The chat socket {@code /ws/messaging/chat/<id>/?token=}: only the conversation's parties get through the handshake;
 * every new message (REST, socket, payment request) reaches every open chat socket of the conversation, the sender's
 * included; typing, presence and read frames reach the other party; a bad frame gets an error frame and the socket
 * stays open.
 */
class ChatSocketApiTest extends ConversationApiSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(500);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void onlyTheConversationsPartiesGetThroughTheHandshake() {
        Chat chat = acceptedServiceOrder("Logo");
        Party stranger = clientWithProfile("Asha", "Rao");
        String path = "/ws/messaging/chat/" + chat.id() + "/";

        assertThat(TestSocket.handshakeStatus(port, path)).as("no token").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=garbage")).as("garbage").isEqualTo(401);
        assertThat(TestSocket.handshakeStatus(port, path + "?token=" + stranger.caller().access())).as("a stranger").isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, "/ws/messaging/chat/999999999/?token=" + chat.client().caller().access()))
                .as("no such conversation").isEqualTo(404);
        assertThat(TestSocket.handshakeStatus(port, chat.socket(chat.client()))).isEqualTo(101);
        assertThat(TestSocket.handshakeStatus(port, "/ws/messaging/chat/" + chat.id() + "?token="
                + chat.freelancer().caller().access())).as("without the trailing slash").isEqualTo(101);
    }

    @Test
    void aRestMessageReachesBothPartiesSocketsTheSendersIncluded() {
        Chat chat = acceptedServiceOrder("Logo");
        try (TestSocket client = chatSocket(chat, chat.client()); TestSocket freelancer = chatSocket(chat, chat.freelancer())) {
            drainSoon(client, freelancer);

            long id = said(chat, chat.client(), "Hi!");

            for (TestSocket socket : new TestSocket[] {client, freelancer}) {
                JsonNode frame = socket.next(WAIT);
                assertThat(frame).as("a message frame").isNotNull();
                assertThat(frame.get("id").asLong()).isEqualTo(id);
                assertThat(frame.get("type").asString()).isEqualTo("chat_message");
                assertThat(frame.get("conversation").asLong()).isEqualTo(chat.id());
                assertThat(frame.get("sender_id").asLong()).isEqualTo(chat.client().userId());
                assertThat(frame.get("content").asString()).isEqualTo("Hi!");
                assertThat(frame.get("message_type").asString()).isEqualTo("text");
                assertThat(frame.has("reactions")).isTrue();
            }
        }
    }

    @Test
    void typingGoesToTheOtherPartyOnly() {
        Chat chat = acceptedServiceOrder("Logo");
        try (TestSocket client = chatSocket(chat, chat.client()); TestSocket freelancer = chatSocket(chat, chat.freelancer())) {
            drainSoon(client, freelancer);

            client.send("{\"type\": \"typing\", \"typing\": true}");

            assertThat(freelancer.next(WAIT)).isEqualTo(json("{'type': 'typing', 'conversation_id': " + chat.id()
                    + ", 'user_id': " + chat.client().userId() + ", 'typing': true}"));
            assertThat(client.next(QUIET)).isNull();
        }
    }

    @Test
    void presenceTellsTheOtherPartyOfTheFirstSocketOpenedAndTheLastClosed() {
        Chat chat = acceptedServiceOrder("Logo");
        try (TestSocket client = chatSocket(chat, chat.client())) {
            TestSocket first = chatSocket(chat, chat.freelancer());
            assertThat(client.next(WAIT)).isEqualTo(presence(chat, chat.freelancer(), "online"));
            TestSocket second = chatSocket(chat, chat.freelancer());
            first.close();
            assertThat(client.next(QUIET)).as("another tab, then one tab closed: nothing").isNull();

            second.close();

            assertThat(client.next(WAIT)).isEqualTo(presence(chat, chat.freelancer(), "offline"));
        }
    }

    @Test
    void aMessageSentOverTheSocketIsStoredOnceAndPushedToBoth() {
        Chat chat = acceptedServiceOrder("Logo");
        try (TestSocket client = chatSocket(chat, chat.client()); TestSocket freelancer = chatSocket(chat, chat.freelancer())) {
            drainSoon(client, freelancer);

            client.send("{\"message\": \"over the socket\", \"message_type\": \"text\"}");

            JsonNode mine = client.next(WAIT);
            JsonNode theirs = freelancer.next(WAIT);
            assertThat(mine.get("content").asString()).isEqualTo("over the socket");
            assertThat(theirs.get("id").asLong()).isEqualTo(mine.get("id").asLong());
            assertThat(client.next(QUIET)).isNull();
            assertThat(jdbc.queryForObject("select count(*) from conversations.message where conversation_id = ?",
                    Integer.class, chat.id())).isEqualTo(1);
            assertThat(conversation(chat, chat.freelancer()).get("unread_count").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aMalformedFrameGetsAnErrorFrameAndTheSocketStaysOpen() {
        Chat chat = acceptedServiceOrder("Logo");
        try (TestSocket client = chatSocket(chat, chat.client()); TestSocket freelancer = chatSocket(chat, chat.freelancer())) {
            drainSoon(client, freelancer);

            client.send("not json");
            assertThat(client.next(WAIT).get("type").asString()).isEqualTo("error");
            client.send("{\"type\": \"typing\", \"typing\": \"yes\"}");
            assertThat(client.next(WAIT).get("type").asString()).isEqualTo("error");
            client.send("{\"message\": \"\", \"message_type\": \"text\"}");
            assertThat(client.next(WAIT)).isEqualTo(json("{'type': 'error', 'error': \"required when message_type is 'text'.\"}"));
            client.send("{\"message\": \"pay\", \"message_type\": \"payment\"}");
            assertThat(client.next(WAIT).get("type").asString()).isEqualTo("error");
            client.send("{\"message\": \"a\\u0000b\"}");
            assertThat(client.next(WAIT).get("type").asString()).as("text the database refuses").isEqualTo("error");

            client.send("{\"type\": \"typing\", \"typing\": false}");
            assertThat(freelancer.next(WAIT).get("typing").asBoolean()).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from conversations.message where conversation_id = ?",
                    Integer.class, chat.id())).isZero();
        }
    }

    @Test
    void readingTellsTheSenderOnTheirSocket() {
        Chat chat = acceptedServiceOrder("Logo");
        said(chat, chat.client(), "hello");
        try (TestSocket client = chatSocket(chat, chat.client())) {
            drainSoon(client);

            history(chat, chat.freelancer());

            JsonNode read = client.next(WAIT);
            assertThat(read.get("type").asString()).isEqualTo("read");
            assertThat(read.get("conversation_id").asLong()).isEqualTo(chat.id());
            assertThat(read.get("user_id").asLong()).isEqualTo(chat.freelancer().userId());
            assertThat(read.get("read_at").asString()).endsWith("Z");
            history(chat, chat.freelancer());
            assertThat(client.next(QUIET)).as("nothing new was read").isNull();
        }
    }

    @Test
    void aPaymentRequestBecomesAPaymentMessageAndItsStatusChangeIsPushed() {
        Chat chat = acceptedServiceOrder("Logo");
        PaymentRequestRef request = new PaymentRequestRef(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
        Instant at = Instant.now();
        try (TestSocket client = chatSocket(chat, chat.client()); TestSocket freelancer = chatSocket(chat, chat.freelancer())) {
            drainSoon(client, freelancer);

            publish(new PaymentMessageRequested(request, new OrderId(chat.orderId()),
                    new UserId(chat.freelancer().userId()), new BigDecimal("20000.00"), "Final payment due",
                    PaymentMessageStatus.PENDING, at));

            for (TestSocket socket : new TestSocket[] {client, freelancer}) {
                JsonNode frame = socket.next(WAIT);
                assertThat(frame.get("message_type").asString()).isEqualTo("payment");
                assertThat(frame.get("content").asString()).isEqualTo("Final payment due");
                assertThat(frame.get("payment_amount").decimalValue()).isEqualByComparingTo("20000");
                assertThat(frame.get("payment_status").asString()).isEqualTo("pending");
                assertThat(frame.get("payment_request").asLong()).isEqualTo(request.value());
                assertThat(frame.get("sender_id").asLong()).isEqualTo(chat.freelancer().userId());
            }

            publish(new PaymentMessageStatusChanged(request, new OrderId(chat.orderId()), PaymentMessageStatus.COMPLETED,
                    at.plusSeconds(5)));

            for (TestSocket socket : new TestSocket[] {client, freelancer}) {
                JsonNode frame = socket.next(WAIT);
                assertThat(frame.get("type").asString()).isEqualTo("payment_status_update");
                assertThat(frame.get("payment_id").asLong()).isEqualTo(request.value());
                assertThat(frame.get("status").asString()).isEqualTo("completed");
            }
            assertThat(history(chat, chat.client()).get(0).get("payment_status").asString()).isEqualTo("completed");
        }
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static JsonNode presence(Chat chat, Party party, String status) {
        return json("{'type': 'presence', 'conversation_id': " + chat.id() + ", 'user_id': " + party.userId()
                + ", 'status': '" + status + "'}");
    }

    /** Lets the frames of opening (presence) arrive, then forgets them. */
    private static void drainSoon(TestSocket... sockets) {
        try {
            Thread.sleep(QUIET.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (TestSocket socket : sockets) {
            socket.drain();
        }
    }
}
