package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.app.test.TestSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A conversation's history pages are remembered per conversation and history version (ADR 0037): asked again, a page is
 * answered after one statement (the opening: party check, read mark, the version), byte for byte as computed, for
 * either party; and whatever a page shows changes — a message of either party (REST or the chat socket), a reaction, a
 * read mark of the other party, a file — the next request shows it. A request whose opening marks the conversation read
 * shows the mark, tells the other party once and remembers nothing. Answers for two media bases never share bytes; a
 * stranger is not found, remembered page or not.
 */
class MessageHistoryRememberedApiTest extends ConversationApiSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(500);

    @Test
    void aPageAskedAgainIsAnsweredFromMemoryAfterTheOpeningByteForByteAsComputedForEitherParty() {
        Chat chat = acceptedServiceOrder("Pages");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(said(chat, i % 2 == 0 ? chat.client() : chat.freelancer(), "ünïcödé \"quoted\" 日本 😀 " + i));
        }
        assertStatus(send("POST", chat.messages() + ids.get(1) + "/react/", chat.client().caller(), body("emoji", "👍")), 200);
        history(chat, chat.client()); // both have read everything: no request below marks
        history(chat, chat.freelancer());

        for (String page : List.of(chat.messages(), chat.messages() + "?page_size=2",
                chat.messages() + "?page_size=2&before=" + ids.get(3), chat.messages() + "?page_size=2&after=" + ids.get(1))) {
            Counted computed = counting(() -> fetch(page, chat.client().caller()));
            Counted again = counting(() -> fetch(page, chat.client().caller()));
            Counted theirs = counting(() -> fetch(page, chat.freelancer().caller()));

            assertThat(computed.statements()).as("%s computed: %s", page, computed.statements()).hasSize(2)
                    .first().satisfies(statement -> assertThat(statement.sql()).contains("conversations.history_version"));
            for (Counted remembered : List.of(again, theirs)) {
                assertThat(remembered.statements()).as("%s remembered: %s", page, remembered.statements()).singleElement()
                        .satisfies(statement -> assertThat(statement.sql()).contains("conversations.history_version"));
                assertThat(remembered.response().body()).as(page).isEqualTo(computed.response().body());
                assertThat(remembered.response().headers().firstValue("Content-Type"))
                        .isEqualTo(computed.response().headers().firstValue("Content-Type")).hasValue("application/json");
            }
        }

        assertThat(ids(history(chat, chat.client()))).containsExactlyElementsOf(ids);
        JsonNode before = fetch(chat.messages() + "?page_size=2&before=" + ids.get(3), chat.client().caller()).json();
        assertThat(ids(before.get("results"))).containsExactly(ids.get(1), ids.get(2));
        assertThat(before.get("next").asString()).startsWith("http://localhost:" + port + CONVERSATIONS + chat.id() + "/messages")
                .contains("page_size=2").contains("before=" + ids.get(1)).doesNotContain("after=");
        assertThat(before.get("previous").asString()).startsWith("http://localhost:" + port + CONVERSATIONS + chat.id() + "/messages")
                .contains("page_size=2").contains("after=" + ids.get(2)).doesNotContain("before=");
        JsonNode after = fetch(chat.messages() + "?page_size=2&after=" + ids.get(1), chat.client().caller()).json();
        assertThat(ids(after.get("results"))).containsExactly(ids.get(2), ids.get(3));
        assertThat(after.get("next").asString()).contains("before=" + ids.get(2)).doesNotContain("after=");
        assertThat(after.get("previous").asString()).contains("after=" + ids.get(3)).doesNotContain("before=");
        JsonNode newest = fetch(chat.messages() + "?page_size=2", chat.client().caller()).json();
        assertThat(newest.get("previous").isNull()).isTrue();
        assertThat(newest.get("results").get(0).get("reactions")).isEqualTo(json("{}"));
        assertThat(history(chat, chat.client()).get(1).get("reactions")).isEqualTo(json("{'👍': 1}"));
    }

    @Test
    void whateverAPageShowsChangesTheNextRequestShows() {
        Chat chat = acceptedServiceOrder("Changes");
        long hello = said(chat, chat.client(), "hello");
        settled(chat.freelancer(), chat.messages());
        JsonNode seen = settled(chat.client(), chat.messages());
        assertThat(seen.get(0).get("status").asString()).as("the freelancer read it").isEqualTo("read");

        said(chat, chat.freelancer(), "news");
        assertThat(contents(settled(chat.client(), chat.messages()))).as("a message of the other party")
                .containsExactly("hello", "news");
        assertThat(contents(settled(chat.freelancer(), chat.messages()))).as("and of the reader")
                .containsExactly("hello", "news");

        try (TestSocket socket = chatSocket(chat, chat.client())) {
            socket.send("{\"message\": \"over the socket\", \"message_type\": \"text\"}");
            JsonNode frame = socket.nextIgnoringPresence(WAIT);
            assertThat(frame.get("content").asString()).isEqualTo("over the socket");
        }
        assertThat(contents(settled(chat.freelancer(), chat.messages()))).as("a message over the chat socket")
                .containsExactly("hello", "news", "over the socket");

        String react = chat.messages() + hello + "/react/";
        assertStatus(send("POST", react, chat.freelancer().caller(), body("emoji", "👍")), 200);
        assertThat(settled(chat.client(), chat.messages()).get(0).get("reactions")).as("added").isEqualTo(json("{'👍': 1}"));
        assertStatus(send("POST", react, chat.freelancer().caller(), body("emoji", "🎉")), 200);
        assertThat(settled(chat.client(), chat.messages()).get(0).get("reactions")).as("replaced").isEqualTo(json("{'🎉': 1}"));
        assertStatus(send("POST", react, chat.freelancer().caller(), body("emoji", "🎉")), 200);
        assertThat(settled(chat.client(), chat.messages()).get(0).get("reactions")).as("removed").isEqualTo(json("{}"));

        said(chat, chat.client(), "unread yet");
        JsonNode unread = settled(chat.client(), chat.messages() + "?page_size=2");
        assertThat(unread.get("results").get(1).get("status").asString()).isEqualTo("sent");
        assertThat(unread.get("results").get(1).get("read_at").isNull()).isTrue();
        history(chat, chat.freelancer()); // the other party reads it
        JsonNode read = settled(chat.client(), chat.messages() + "?page_size=2");
        assertThat(read.get("results").get(1).get("status").asString()).as("the other party's read mark").isEqualTo("read");
        assertThat(read.get("results").get(1).get("read_at").asString()).endsWith("Z");

        Response file = postForm(chat, chat.freelancer(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "logo.png", "image/png", PNG));
        assertStatus(file, 201);
        JsonNode withFile = settled(chat.client(), chat.messages() + "?page_size=2");
        JsonNode attachment = withFile.get("results").get(1).get("attachment");
        assertThat(attachment.get("file").asString()).as("a file message").startsWith("http://localhost:" + port + "/media/attachments/")
                .isEqualTo(file.json().get("attachment").get("file").asString());
        assertThat(withFile.get("results").get(1).get("id").asLong()).isEqualTo(file.json().get("id").asLong());
    }

    @Test
    void aReaderWithUnreadMessagesIsShownTheMarkAndTheOtherPartyToldOnce() {
        Chat chat = acceptedServiceOrder("Marks");
        long hello = said(chat, chat.client(), "hello");
        settled(chat.client(), chat.messages());
        try (TestSocket client = chatSocket(chat, chat.client())) {
            drainSoon(client);

            Counted marking = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));

            JsonNode frame = client.nextIgnoringPresence(WAIT);
            assertThat(frame.get("type").asString()).isEqualTo("read");
            assertThat(frame.get("user_id").asLong()).isEqualTo(chat.freelancer().userId());
            JsonNode shown = marking.response().json().get(0);
            assertThat(shown.get("id").asLong()).isEqualTo(hello);
            assertThat(shown.get("status").asString()).as("the page shows the mark it made").isEqualTo("read");
            assertThat(shown.get("read_at").asString()).endsWith("Z");
            assertThat(marking.statements()).as("looked, marked, computed: %s", marking.statements()).hasSize(3);

            Counted next = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));
            Counted third = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));
            Counted clients = counting(() -> fetch(chat.messages(), chat.client().caller()));
            assertThat(next.response().body()).as("the next request").isEqualTo(marking.response().body());
            assertThat(next.statements()).as("the version the mark advanced: %s", next.statements()).hasSize(2);
            assertThat(third.statements()).as("%s", third.statements()).hasSize(1);
            assertThat(clients.response().body()).as("the sender sees it read").isEqualTo(marking.response().body());
            assertThat(clients.statements()).as("%s", clients.statements()).hasSize(1);
            assertThat(client.nextIgnoringPresence(QUIET)).as("told once").isNull();
        }
    }

    @Test
    void answersForTwoMediaBasesNeverShareBytes() {
        Chat chat = acceptedServiceOrder("Pictures");
        assertStatus(postForm(chat, chat.freelancer(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "logo.png", "image/png", PNG)), 201);
        settled(chat.client(), chat.messages());

        for (String page : List.of(chat.messages(), chat.messages() + "?page_size=5")) {
            String local = settled(chat.client(), page).toString();
            Counted one = forwarded(page, chat.client(), "http://one.example");
            Counted two = forwarded(page, chat.client(), "https://two.example");
            Counted oneAgain = forwarded(page, chat.client(), "http://one.example");

            assertThat(local).contains("\"http://localhost:" + port + "/media/attachments/");
            assertThat(one.response().body()).contains("\"http://one.example/media/attachments/").doesNotContain("localhost");
            assertThat(two.response().body()).contains("\"https://two.example/media/attachments/")
                    .doesNotContain("one.example").doesNotContain("localhost");
            assertThat(oneAgain.response().body()).isEqualTo(one.response().body());
            assertThat(one.statements()).as("computed per base").hasSize(2);
            assertThat(oneAgain.statements()).as("remembered per base").hasSize(1);
        }
    }

    @Test
    void aStrangerIsNotFoundEvenWhenThePageIsRemembered() {
        Chat chat = acceptedServiceOrder("Private");
        said(chat, chat.client(), "secret");
        Party stranger = clientWithProfile("No", "Party");
        for (String page : List.of(chat.messages(), chat.messages() + "?page_size=5", chat.messages() + "?page_size=5&after=1")) {
            settled(chat.client(), page);
            long version = historyVersion(chat.id());

            Response answer = fetch(page, stranger.caller());

            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("secret");
            assertThat(historyVersion(chat.id())).as("nothing written").isEqualTo(version);
        }
        assertThat(fetch(CONVERSATIONS + "999999999/messages/", chat.client().caller()).status()).isEqualTo(404);
    }

    @Test
    void aTransactionAdvancesEachConversationItChangedOnceWhenItCommits() {
        long client = unusedUserId();
        List<Long> freelancers = List.of(unusedUserId(), unusedUserId(), unusedUserId());
        List<Long> conversations = new ArrayList<>();
        for (long freelancer : freelancers) {
            conversations.add(opened(client, freelancer));
        }
        long first = conversations.getFirst();
        long message = message(first, client);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        Map<Long, Long> before = historyVersions(conversations);
        assertThat(before.values()).as("the opening and the message made their rows").allMatch(version -> version >= 1);

        transaction.executeWithoutResult(status -> {
            for (long conversation : conversations) {
                message(conversation, client);
                message(conversation, freelancers.get(conversations.indexOf(conversation)));
            }
            jdbc.update("update conversations.participant set unread_count = 0 where conversation_id = ?", first);
            jdbc.update("insert into conversations.reaction (message_id, user_id, emoji, reacted_at) values (?, ?, '👍', now())",
                    message, freelancers.getFirst());
            assertThat(historyVersions(conversations)).as("not before the commit").isEqualTo(before);
        });
        Map<Long, Long> afterCommit = historyVersions(conversations);
        transaction.executeWithoutResult(status -> {
            for (long conversation : conversations) {
                message(conversation, client);
            }
            status.setRollbackOnly();
        });
        Map<Long, Long> afterRollback = historyVersions(conversations);
        jdbc.update("delete from conversations.reaction where message_id = ?", message);
        Map<Long, Long> afterReaction = historyVersions(conversations);
        transaction.executeWithoutResult(status -> jdbc.update("insert into conversations.attachment (message_id, path,"
                + " file_name, file_type, file_size, uploaded_at) values (?, 'attachments/x.png', 'x.png', 'image/png', 1, now())",
                message(conversations.getLast(), client)));
        Map<Long, Long> afterFile = historyVersions(conversations);
        jdbc.update("update conversations.attachment set file_name = 'y.png' where message_id in"
                + " (select id from conversations.message where conversation_id = ?)", conversations.getLast());
        Map<Long, Long> afterAttachment = historyVersions(conversations);

        assertThat(afterCommit).as("each conversation once, whatever the rows").isEqualTo(plusOne(before, conversations));
        assertThat(afterRollback).as("a rollback advances nothing").isEqualTo(afterCommit);
        assertThat(afterReaction).as("a reaction advances its message's conversation only")
                .isEqualTo(plusOne(afterRollback, List.of(first)));
        assertThat(afterFile).as("a file message, once").isEqualTo(plusOne(afterReaction, List.of(conversations.getLast())));
        assertThat(afterAttachment).as("an attachment").isEqualTo(plusOne(afterFile, List.of(conversations.getLast())));
    }

    @Test
    void transactionsAdvancingHistoriesAndInboxesInOppositeOrdersCommitTogetherWithoutADeadlock() throws Exception {
        long a = unusedUserId();
        long b = unusedUserId();
        long c = unusedUserId();
        long one = opened(a, b);
        long two = opened(c, a);
        Map<Long, Long> inboxes = inboxVersions(List.of(a, b, c));
        // each transaction writes rows of its own (no lock on a written row is shared) of the same conversations and
        // users: the first's first event is a conversation row's (inbox versions only), the second's a message's
        // (history versions only), and each meets the conversations in the other order
        String conversation = "update conversations.conversation set updated_at = now() where id = ?";
        String message = "update conversations.message set updated_at = now() where id = ?";
        String participant = "update conversations.participant set unread_count = unread_count where conversation_id = ?"
                + " and user_id = ?";
        List<Object[]> first = List.of(new Object[] {conversation, one}, new Object[] {message, message(two, c)},
                new Object[] {message, message(one, a)}, new Object[] {participant, two, c});
        List<Object[]> second = List.of(new Object[] {message, message(one, b)}, new Object[] {conversation, two},
                new Object[] {message, message(two, a)}, new Object[] {participant, one, b});
        Map<Long, Long> histories = historyVersions(List.of(one, two));
        int rounds = 40;
        commitTogether(() -> write(first), () -> write(second), rounds);
        assertThat(historyVersions(List.of(one, two))).isEqualTo(plus(histories, 2L * rounds));
        assertThat(inboxVersions(List.of(a, b, c))).isEqualTo(plus(inboxes, 2L * rounds));
    }

    private void write(List<Object[]> writes) {
        for (Object[] write : writes) {
            jdbc.update((String) write[0], Arrays.copyOfRange(write, 1, write.length));
        }
    }

    /**
     * The next answer of {@code path} to {@code party} (returned), then the same bytes again until one is answered from
     * memory: the request after a mark is computed once more (the mark advanced the version), the one after it is not.
     */
    private JsonNode settled(Party party, String path) {
        Counted next = counting(() -> fetch(path, party.caller()));
        for (int again = 0; again < 2; again++) {
            Counted repeated = counting(() -> fetch(path, party.caller()));
            assertThat(repeated.response().body()).as("%s again", path).isEqualTo(next.response().body());
            if (repeated.statements().size() == 1) {
                assertThat(repeated.statements().getFirst().sql()).contains("conversations.history_version");
                return next.response().json();
            }
        }
        throw new AssertionError(path + " was never answered from memory");
    }

    private static List<Long> ids(JsonNode messages) {
        return messages.valueStream().map(message -> message.get("id").asLong()).toList();
    }

    private static List<String> contents(JsonNode messages) {
        return messages.valueStream().map(message -> message.get("content").asString()).toList();
    }

    private long historyVersion(long conversation) {
        return jdbc.queryForObject("select coalesce((select version from conversations.history_version"
                + " where conversation_id = ?), 0)", Long.class, conversation);
    }

    private Map<Long, Long> historyVersions(List<Long> conversations) {
        Map<Long, Long> versions = new HashMap<>();
        conversations.forEach(conversation -> versions.put(conversation, historyVersion(conversation)));
        return versions;
    }

    /** A text message's row (only the message: what the module writes beside it is not needed here). */
    private long message(long conversation, long sender) {
        return jdbc.queryForObject("""
                insert into conversations.message (conversation_id, sender_user_id, message_type, content, created_at, updated_at)
                values (?, ?, 'TEXT', 'x', now(), now()) returning id""", Long.class, conversation, sender);
    }

    private static Map<Long, Long> plusOne(Map<Long, Long> versions, List<Long> keys) {
        Map<Long, Long> advanced = new HashMap<>(versions);
        keys.forEach(key -> advanced.merge(key, 1L, Long::sum));
        return advanced;
    }

    private static Map<Long, Long> plus(Map<Long, Long> versions, long by) {
        Map<Long, Long> advanced = new HashMap<>(versions);
        advanced.replaceAll((key, version) -> version + by);
        return advanced;
    }

    private static void drainSoon(TestSocket socket) {
        try {
            Thread.sleep(QUIET.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.drain();
    }
}
