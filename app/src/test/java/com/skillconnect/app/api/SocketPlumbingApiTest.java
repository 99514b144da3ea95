package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.TestSocket;
import com.skillconnect.kernel.RealtimeDelivery;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The socket plumbing every module reuses, through marketplace's endpoint: the kernel's {@link RealtimeDelivery}
 * keeps a frame until the caller's transaction commits (and drops it on a rollback), reaches only the sockets of the
 * named user on the named endpoint, and a browser's origin must be one the API serves.
 */
class SocketPlumbingApiTest extends FreelancerApiSupport {

    private static final String SOCKET = "/ws/notifications/";
    private static final Duration FRAME_WAIT = Duration.ofSeconds(10);
    private static final Duration SILENCE = Duration.ofMillis(700);

    @Autowired
    RealtimeDelivery delivery;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFrameSentInATransactionLeavesWhenItCommitsAndNeverWhenItRollsBack() {
        Caller user = freelancer();
        try (TestSocket socket = openSocket(SOCKET + "?token=" + user.access(), user.userId())) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                delivery.send(user.userId(), SOCKET, Map.of("n", 1));
                assertThat(socket.next(SILENCE)).as("not before the commit").isNull();
            });
            assertThat(socket.next(FRAME_WAIT)).isEqualTo(json("{'n': 1}"));

            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                delivery.send(user.userId(), SOCKET, Map.of("n", 2));
                status.setRollbackOnly();
            });
            assertThat(socket.next(SILENCE)).as("rolled back: never").isNull();

            delivery.send(user.userId(), "/ws/notifications", Map.of("n", 3));
            assertThat(socket.next(FRAME_WAIT)).as("outside a transaction: at once, with or without the slash")
                    .isEqualTo(json("{'n': 3}"));
        }
    }

    @Test
    void aFrameReachesOnlyTheNamedUsersSocketsOnTheNamedEndpoint() {
        Caller user = freelancer();
        Caller other = clientUser();
        try (TestSocket socket = openSocket(SOCKET + "?token=" + user.access(), user.userId());
                TestSocket otherSocket = openSocket(SOCKET + "?token=" + other.access(), other.userId())) {
            delivery.send(user.userId(), "/ws/messaging/chat/1/", Map.of("n", 1));
            delivery.send(other.userId(), SOCKET, Map.of("n", 2));

            assertThat(otherSocket.next(FRAME_WAIT)).isEqualTo(json("{'n': 2}"));
            assertThat(socket.next(SILENCE)).as("another endpoint, another user").isNull();
        }
        // a user whose sockets closed gets nothing, and the sender is not troubled
        delivery.send(user.userId(), SOCKET, Map.of("n", 4));
    }

    @Test
    void aBrowsersOriginMustBeOneTheApiServes() {
        String path = SOCKET + "?token=" + freelancer().access();

        assertThat(TestSocket.handshakeStatus(port, path, "http://localhost:5173")).isEqualTo(101);
        assertThat(TestSocket.handshakeStatus(port, path, "http://localhost:" + port)).as("this server").isEqualTo(101);
        assertThat(TestSocket.handshakeStatus(port, path, "https://evil.example")).isEqualTo(403);
    }
}
