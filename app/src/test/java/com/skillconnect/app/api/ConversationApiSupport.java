package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.app.test.TestSocket;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the Messaging API tests share: orders between two parties with real profiles ({@link OrderApiSupport}),
 * accepted through marketplace's own endpoint so that their conversation opens by itself (conversations learns of it
 * from marketplace's events, asynchronously: waited for), and the messaging requests. Adds no configuration, so the
 * context stays shared.
 */
abstract class ConversationApiSupport extends OrderApiSupport {

    static final String CONVERSATIONS = "/api/v1/messaging/conversations/";

    /** An accepted order's conversation between its client and its freelancer. */
    record Chat(Party client, Party freelancer, long orderId, long id) {
        String path() {
            return CONVERSATIONS + id + "/";
        }

        String messages() {
            return path() + "messages/";
        }

        String socket(Party party) {
            return "/ws/messaging/chat/" + id + "/?token=" + party.caller().access();
        }
    }

    /** A gig ordered by a new client and accepted by its new freelancer: its conversation, opened by itself. */
    Chat acceptedServiceOrder(String title) {
        return acceptedServiceOrder(clientWithProfile("Jane", "Smith"), freelancerWithProfile("John", "Doe"), title);
    }

    Chat acceptedServiceOrder(Party client, Party freelancer, String title) {
        long gig = gigOf(freelancer, title);
        long order = placed(orderService(client.caller(), gig, "Hi"));
        assertStatus(changeStatus(SERVICE_ORDERS, order, freelancer.caller(), "accepted"), 200);
        long id = conversationOfOrder(order);
        awaitCards(client, freelancer);
        return new Chat(client, freelancer, order, id);
    }

    /** The order's conversation, waited for (it opens asynchronously). */
    long conversationOfOrder(long order) {
        String query = "select id from conversations.conversation where order_id = ?";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !jdbc.queryForList(query, Long.class, order).isEmpty());
        return jdbc.queryForObject(query, Long.class, order);
    }

    /** Waits until conversations knows the parties' names (talent's cards reach it asynchronously). */
    void awaitCards(Party... parties) {
        for (Party party : parties) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                    "select count(*) from conversations.profile_card where user_id = ?", Integer.class, party.userId()) > 0);
        }
    }

    Response postText(Chat chat, Party sender, String content) {
        return send("POST", chat.messages(), sender.caller(), body("message_type", "text", "content", content));
    }

    /** Posts a text message and answers its id (201 expected). */
    long said(Chat chat, Party sender, String content) {
        Response posted = postText(chat, sender, content);
        assertStatus(posted, 201);
        return posted.json().get("id").asLong();
    }

    Response postForm(Chat chat, Party sender, MultipartForm form) {
        return multipart("POST", chat.messages(), sender.caller(), form);
    }

    JsonNode conversations(Party party) {
        Response list = fetch(CONVERSATIONS, party.caller());
        assertStatus(list, 200);
        return list.json();
    }

    /** The ids of the party's listed conversations, in the list's order. */
    List<Long> conversationIds(Party party) {
        return conversations(party).valueStream().map(item -> item.get("id").asLong()).toList();
    }

    JsonNode conversation(Chat chat, Party party) {
        Response one = fetch(chat.path(), party.caller());
        assertStatus(one, 200);
        return one.json();
    }

    JsonNode history(Chat chat, Party party) {
        Response list = fetch(chat.messages(), party.caller());
        assertStatus(list, 200);
        return list.json();
    }

    /** A socket on the conversation, opened by the party and held by the server. */
    TestSocket chatSocket(Chat chat, Party party) {
        return openSocket(chat.socket(party), party.userId());
    }

    /** The files stored under the attachments' folder, to prove that nothing is left behind. */
    long storedAttachments() {
        java.nio.file.Path folder = java.nio.file.Path.of(storageRoot, "attachments");
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(folder)) {
            return files.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code path} asked by {@code party} through a proxy that tells the original scheme and host ({@code origin}). */
    Counted forwarded(String path, Party party, String origin) {
        URI uri = URI.create(origin);
        return counting(() -> api.get(path).from(client).bearer(party.caller().access())
                .header("X-Forwarded-Host", uri.getHost()).header("X-Forwarded-Proto", uri.getScheme()).send());
    }

    /** A conversation with its two participant rows, written as the module opens one (user ids no account has). */
    long opened(long clientUser, long freelancerUser) {
        long order = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        long id = jdbc.queryForObject("""
                insert into conversations.conversation (order_id, order_type, client_user_id, freelancer_user_id, created_at, updated_at,
                    announced)
                values (?, 'SERVICE', ?, ?, ?, ?, true) returning id""", Long.class, order, clientUser, freelancerUser,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        jdbc.update("insert into conversations.participant (conversation_id, user_id, role, activity_at) values (?, ?, 'CLIENT', now()),"
                + " (?, ?, 'FREELANCER', now())", id, clientUser, id, freelancerUser);
        return id;
    }

    /** A user id no account has. */
    static long unusedUserId() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    /** The users' inbox versions (ADR 35; no row: 0). */
    Map<Long, Long> inboxVersions(List<Long> users) {
        Map<Long, Long> versions = new HashMap<>();
        users.forEach(user -> versions.put(user, jdbc.queryForObject(
                "select coalesce((select version from conversations.inbox_version where user_id = ?), 0)", Long.class, user)));
        return versions;
    }

    /**
     * Runs {@code first} and {@code second} in two transactions on two threads that commit at the same instant (each
     * waits after its writes until the other has written too), {@code rounds} times, and asserts that every commit
     * succeeded: two transactions that lock the same version rows in opposite orders would deadlock, and PostgreSQL would
     * abort one of them.
     */
    void commitTogether(Runnable first, Runnable second, int rounds) throws InterruptedException, TimeoutException {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        CyclicBarrier bothWritten = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable writes : List.of(first, second)) {
                done.add(threads.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        try {
                            transaction.executeWithoutResult(status -> {
                                writes.run();
                                try {
                                    bothWritten.await(10, TimeUnit.SECONDS); // both commit at the same instant
                                } catch (Exception e) {
                                    throw new IllegalStateException("the other transaction failed", e);
                                }
                            });
                        } catch (RuntimeException e) {
                            bothWritten.reset(); // the other stops waiting
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<?> thread : done) {
                try {
                    thread.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            assertThat(failures).as("a commit failed (a deadlock?)").isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }
}
