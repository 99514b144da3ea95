package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The conversation list is remembered per user and inbox version (ADR 0035): asked again, it is answered after one
 * one-row statement (the version), byte for byte as computed; and whatever the list shows changes — a message of the
 * other party, a read mark, an archive, metadata, a party's card, the order — the next request shows it. Two users'
 * lists, and answers for two media bases, never mix.
 */
class ConversationListRememberedApiTest extends ConversationApiSupport {

    private static final String UPDATED = "update conversations.conversation set updated_at = now() where id = ?";

    @Test
    void aListAskedAgainIsAnsweredFromMemoryAfterReadingTheVersionByteForByteAsComputed() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        Chat first = acceptedServiceOrder(client, freelancer, "One");
        Chat second = acceptedServiceOrder(client, freelancer, "Two");
        said(first, freelancer, "ünïcödé \"quoted\" 日本 😀");

        for (String list : List.of(CONVERSATIONS, CONVERSATIONS + "?page=1&page_size=1", CONVERSATIONS + "?page=2&page_size=1",
                CONVERSATIONS + "?page_size=5")) {
            Counted computed = counting(() -> fetch(list, client.caller()));
            Counted again = counting(() -> fetch(list, client.caller()));

            assertThat(computed.statements()).as("%s computed: %s", list, computed.statements()).hasSize(2)
                    .first().satisfies(statement -> assertThat(statement.sql()).contains("conversations.inbox_version"));
            assertThat(again.statements()).as("%s remembered: %s", list, again.statements()).singleElement()
                    .satisfies(statement -> assertThat(statement.sql()).contains("conversations.inbox_version"));
            assertThat(again.response().body()).as(list).isEqualTo(computed.response().body());
            assertThat(again.response().headers().firstValue("Content-Type"))
                    .isEqualTo(computed.response().headers().firstValue("Content-Type")).hasValue("application/json");
        }

        // the items are the bytes Jackson writes for each conversation read alone
        String items = fetch(first.path(), client.caller()).body() + "," + fetch(second.path(), client.caller()).body();
        assertThat(fetch(CONVERSATIONS, client.caller()).body()).isEqualTo("[" + items + "]");
        Response page = fetch(CONVERSATIONS + "?page=1&page_size=5", client.caller());
        assertThat(page.body()).isEqualTo("{\"count\":2,\"next\":null,\"previous\":null,\"results\":[" + items + "]}");
        Response paged = fetch(CONVERSATIONS + "?page=2&page_size=1", client.caller());
        assertThat(paged.json().get("previous").asString()).startsWith("http://localhost:" + port + "/").doesNotContain("page=");
        assertThat(paged.body()).endsWith("\"results\":[" + fetch(second.path(), client.caller()).body() + "]}");
        assertThat(fetch(CONVERSATIONS + "?page=3&page_size=1", client.caller()).status()).as("past the last page").isEqualTo(404);
    }

    @Test
    void whateverTheListShowsChangesTheNextRequestShows() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        Chat older = acceptedServiceOrder(client, freelancer, "Older");
        Chat newer = acceptedServiceOrder(client, freelancer, "Newer");
        assertThat(ids(rememberedTwice(client))).containsExactly(newer.id(), older.id());
        rememberedTwice(freelancer);

        said(older, freelancer, "news");
        JsonNode moved = rememberedTwice(client);
        assertThat(ids(moved)).as("a message of the other party moves it up").containsExactly(older.id(), newer.id());
        assertThat(moved.get(0).get("unread_count").asInt()).isEqualTo(1);
        assertThat(moved.get(0).get("last_message").get("content").asString()).isEqualTo("news");
        assertThat(rememberedTwice(freelancer).get(0).get("last_message").get("content").asString())
                .as("the sender's list too").isEqualTo("news");

        assertStatus(fetch(older.messages(), client.caller()), 200);
        assertThat(rememberedTwice(client).get(0).get("unread_count").asInt()).as("read by opening its history").isZero();

        assertStatus(send("DELETE", newer.path(), client.caller(), null), 204);
        assertThat(ids(rememberedTwice(client))).as("archived").containsExactly(older.id());
        JsonNode envelope = rememberedTwice(client, CONVERSATIONS + "?page=1");
        assertThat(envelope.get("count").asInt()).isEqualTo(1);

        assertStatus(send("PATCH", older.path(), freelancer.caller(), body("metadata", Map.of("pinned", true))), 200);
        assertThat(rememberedTwice(client).get(0).get("metadata")).as("metadata of the other party").isEqualTo(json("{'pinned': true}"));
        assertThat(rememberedTwice(freelancer, CONVERSATIONS + "?page=1").get("results").get(0).get("metadata"))
                .isEqualTo(json("{'pinned': true}"));

        assertStatus(send("PATCH", FreelancerApiSupport.ME, freelancer.caller(), body("first_name", "Johnny")), 200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select freelancer_name from conversations.conversation where id = ?", String.class, older.id()).equals("Johnny Doe"));
        assertThat(rememberedTwice(client).get(0).get("freelancer_name").asString()).as("talent's card").isEqualTo("Johnny Doe");

        long clientVersion = version(client);
        long freelancerVersion = version(freelancer);
        assertStatus(changeStatus(SERVICE_ORDERS, older.orderId(), client.caller(), "completed"), 200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select status from conversations.order_ref where order_id = ?", String.class, older.orderId()).equals("COMPLETED"));
        assertThat(version(client)).as("the order's copy was written again").isGreaterThan(clientVersion);
        assertThat(version(freelancer)).isGreaterThan(freelancerVersion);
        Counted computed = counting(() -> fetch(CONVERSATIONS, client.caller()));
        assertThat(computed.statements()).as("computed again: %s", computed.statements()).hasSize(2);

        said(newer, freelancer, "back");
        assertThat(ids(rememberedTwice(client))).as("unarchived by a message").containsExactly(newer.id(), older.id());
    }

    @Test
    void twoUsersListsNeverMix() {
        Chat chat = acceptedServiceOrder("Mixed");
        Party stranger = clientWithProfile("No", "Conversations");
        said(chat, chat.client(), "hello");

        JsonNode client = rememberedTwice(chat.client());
        JsonNode freelancer = rememberedTwice(chat.freelancer());
        assertThat(rememberedTwice(stranger)).isEmpty();

        assertThat(client.get(0).get("unread_count").asInt()).isZero();
        assertThat(freelancer.get(0).get("unread_count").asInt()).isEqualTo(1);
        assertThat(conversations(chat.client())).isEqualTo(client);
        assertThat(conversations(chat.freelancer())).isEqualTo(freelancer);
        assertThat(conversations(stranger)).isEmpty();
    }

    @Test
    void answersForTwoMediaBasesNeverShareBytes() {
        Chat chat = acceptedServiceOrder("Pictures");
        jdbc.update("update conversations.conversation set client_picture = '/media/profiles/c.png',"
                + " freelancer_picture = '/media/profiles/f.png' where id = ?", chat.id());

        for (String list : List.of(CONVERSATIONS, CONVERSATIONS + "?page=1")) {
            String local = rememberedTwice(chat.client(), list).toString();
            Counted one = forwarded(list, chat.client(), "http://one.example");
            Counted two = forwarded(list, chat.client(), "https://two.example");
            Counted oneAgain = forwarded(list, chat.client(), "http://one.example");

            assertThat(local).contains("\"http://localhost:" + port + "/media/profiles/c.png\"");
            assertThat(one.response().body()).contains("\"http://one.example/media/profiles/c.png\"")
                    .contains("\"http://one.example/media/profiles/f.png\"").doesNotContain("localhost");
            assertThat(two.response().body()).contains("\"https://two.example/media/profiles/c.png\"")
                    .doesNotContain("one.example").doesNotContain("localhost");
            assertThat(oneAgain.response().body()).isEqualTo(one.response().body());
            assertThat(oneAgain.statements()).as("remembered per base").hasSize(1);
        }
    }

    @Test
    void aTransactionAdvancesEachUserItChangedOnceWhenItCommits() {
        long client = unusedUserId();
        List<Long> freelancers = List.of(unusedUserId(), unusedUserId(), unusedUserId());
        List<Long> conversations = new ArrayList<>();
        for (long freelancer : freelancers) {
            conversations.add(opened(client, freelancer));
        }
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        Map<Long, Long> before = inboxVersions(concat(client, freelancers));
        assertThat(before.values()).as("the opening made their rows").allMatch(version -> version >= 1);
        String ids = conversations.stream().map(String::valueOf).collect(Collectors.joining(","));

        transaction.executeWithoutResult(status -> {
            jdbc.update("update conversations.conversation set metadata = '{\"a\": 1}'::jsonb where id in (" + ids + ")");
            jdbc.update("update conversations.participant set unread_count = unread_count + 1 where conversation_id in (" + ids + ")");
            jdbc.update("update conversations.conversation set title = 'again' where id = ?", conversations.getFirst());
            assertThat(inboxVersions(concat(client, freelancers))).as("not before the commit").isEqualTo(before);
        });
        Map<Long, Long> afterCommit = inboxVersions(concat(client, freelancers));
        transaction.executeWithoutResult(status -> {
            jdbc.update("update conversations.participant set archived = true where conversation_id in (" + ids + ")");
            status.setRollbackOnly();
        });
        Map<Long, Long> afterRollback = inboxVersions(concat(client, freelancers));
        jdbc.update("update conversations.participant set archived = true where conversation_id = ? and user_id = ?",
                conversations.getLast(), freelancers.getLast());
        Map<Long, Long> afterOne = inboxVersions(concat(client, freelancers));

        assertThat(afterCommit).as("each user once, whatever the rows").isEqualTo(plusOne(before, before.keySet()));
        assertThat(afterRollback).as("a rollback advances nothing").isEqualTo(afterCommit);
        assertThat(afterOne).as("a participant row advances its own user only")
                .isEqualTo(plusOne(afterCommit, List.of(freelancers.getLast())));
    }

    @Test
    void transactionsAdvancingTheSameUsersInOppositeOrdersCommitTogetherWithoutADeadlock() throws Exception {
        long a = unusedUserId();
        long b = unusedUserId();
        long c = unusedUserId();
        // the first transaction changes (a, b) then (c, a); the second (c, b) then (a, c): their rows' events come in
        // opposite orders of users
        List<Long> first = List.of(opened(a, b), opened(c, a));
        List<Long> second = List.of(opened(c, b), opened(a, c));
        Map<Long, Long> before = inboxVersions(List.of(a, b, c));
        int rounds = 40;
        commitTogether(() -> first.forEach(row -> jdbc.update(UPDATED, row)), () -> second.forEach(row -> jdbc.update(UPDATED, row)),
                rounds);
        Map<Long, Long> after = inboxVersions(List.of(a, b, c));
        assertThat(after).isEqualTo(Map.of(a, before.get(a) + 2L * rounds, b, before.get(b) + 2L * rounds,
                c, before.get(c) + 2L * rounds));
    }

    /** The list, asked twice: the second time from memory (only the version read), the same bytes. */
    private JsonNode rememberedTwice(Party party) {
        return rememberedTwice(party, CONVERSATIONS);
    }

    private JsonNode rememberedTwice(Party party, String list) {
        Counted first = counting(() -> fetch(list, party.caller()));
        Counted again = counting(() -> fetch(list, party.caller()));
        assertThat(again.statements()).as("%s remembered: %s", list, again.statements()).singleElement()
                .satisfies(statement -> assertThat(statement.sql()).contains("conversations.inbox_version"));
        assertThat(again.response().body()).isEqualTo(first.response().body());
        return first.response().json();
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private long version(Party party) {
        return jdbc.queryForObject("select coalesce((select version from conversations.inbox_version where user_id = ?), 0)",
                Long.class, party.userId());
    }

    private static List<Long> concat(long first, List<Long> rest) {
        List<Long> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static Map<Long, Long> plusOne(Map<Long, Long> versions, java.util.Collection<Long> users) {
        Map<Long, Long> advanced = new java.util.HashMap<>(versions);
        users.forEach(user -> advanced.merge(user, 1L, Long::sum));
        return advanced;
    }
}
