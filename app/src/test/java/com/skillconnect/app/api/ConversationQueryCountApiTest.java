package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.SqlStatementCounter.Executed;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The conversation list and the message history run a constant number of SQL statements whatever the number of
 * conversations, messages and reactions (no N+1), counted on the server's request threads. The list reads the caller's
 * inbox version first and is computed only when no list is remembered under it (ADR 35); a history page opens the
 * history first (party check, read mark and the history's version) and is computed only when no page is remembered
 * under that version or the opening marked it read (ADR 37).
 */
class ConversationQueryCountApiTest extends ConversationApiSupport {

    @Test
    void theListIsOneStatementWhateverTheNumberOfConversationsBesideTheVersionAndNoneWhenRemembered() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        Chat first = acceptedServiceOrder(client, freelancer, "One");
        said(first, freelancer, "hello");

        Counted one = counting(() -> fetch(CONVERSATIONS, client.caller()));
        for (int i = 0; i < 4; i++) {
            Chat more = acceptedServiceOrder(client, freelancer, "More " + i);
            said(more, client, "m" + i);
        }
        Counted five = counting(() -> fetch(CONVERSATIONS, client.caller()));
        Counted paged = counting(() -> fetch(CONVERSATIONS + "?page=2&page_size=2", client.caller()));
        Counted fiveAgain = counting(() -> fetch(CONVERSATIONS, client.caller()));
        Counted pagedAgain = counting(() -> fetch(CONVERSATIONS + "?page=2&page_size=2", client.caller()));

        assertThat(one.response().json()).hasSize(1);
        assertThat(five.response().json()).hasSize(5);
        assertThat(paged.response().json().get("results")).hasSize(2);
        // computed: the caller's inbox version (ADR 35), then the list in one statement
        for (Counted computed : List.of(one, five, paged)) {
            assertThat(computed.statements()).as("%s", computed.statements()).hasSize(2);
            assertThat(computed.statements().getFirst().sql()).contains("conversations.inbox_version");
        }
        // remembered: the version only
        for (Counted remembered : List.of(fiveAgain, pagedAgain)) {
            assertThat(remembered.statements()).as("%s", remembered.statements()).singleElement()
                    .extracting(Executed::sql).asString().contains("conversations.inbox_version");
        }
    }

    @Test
    void theListWithoutAPageCountsNothingAndAPageCountsOnlyTheCallersParticipantRows() {
        Chat chat = acceptedServiceOrder("Count");
        said(chat, chat.client(), "hello");

        Counted plain = counting(() -> fetch(CONVERSATIONS, chat.client().caller()));
        Counted paged = counting(() -> fetch(CONVERSATIONS + "?page=1", chat.client().caller()));

        assertThat(listStatement(plain)).doesNotContain("count(");
        assertThat(listStatement(paged)).contains("count(*) over ()");
        assertThat(paged.response().json().get("count").asInt()).isEqualTo(1);
    }

    /** The statement that read the list, beside the version read first. */
    private static String listStatement(Counted computed) {
        assertThat(computed.statements()).as("%s", computed.statements()).hasSize(2);
        return computed.statements().get(1).sql();
    }

    @Test
    void readingAHistoryWithNothingUnreadWritesNothing() {
        Chat chat = acceptedServiceOrder("Quiet");
        said(chat, chat.client(), "one");
        said(chat, chat.freelancer(), "two");
        assertStatus(fetch(chat.messages(), chat.freelancer().caller()), 200);
        String before = participantVersion(chat, chat.freelancer());

        assertStatus(fetch(chat.messages(), chat.freelancer().caller()), 200);
        assertStatus(fetch(chat.messages() + "?page_size=1", chat.freelancer().caller()), 200);

        assertThat(participantVersion(chat, chat.freelancer())).as("the row was not rewritten").isEqualTo(before);
        said(chat, chat.client(), "three");
        String unread = participantVersion(chat, chat.freelancer());
        assertStatus(fetch(chat.messages(), chat.freelancer().caller()), 200);
        assertThat(participantVersion(chat, chat.freelancer())).as("something to read: marked").isNotEqualTo(unread);
    }

    /** The participant row's version (its xmin changes with every write of the row). */
    private String participantVersion(Chat chat, Party party) {
        return jdbc.queryForObject("select xmin::text || ':' || ctid::text || ':' || unread_count from conversations.participant"
                + " where conversation_id = ? and user_id = ?", String.class, chat.id(), party.userId());
    }

    @Test
    void aHistoryPageCostsTheSameStatementsWhateverItsMessagesAndReactions() {
        Chat chat = acceptedServiceOrder("Logo");
        long first = said(chat, chat.client(), "first");
        Counted small = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));
        for (int i = 0; i < 8; i++) {
            long message = said(chat, i % 2 == 0 ? chat.client() : chat.freelancer(), "m" + i);
            assertStatus(send("POST", chat.messages() + message + "/react/", chat.client().caller(), body("emoji", "👍")), 200);
            assertStatus(send("POST", chat.messages() + message + "/react/", chat.freelancer().caller(), body("emoji", "🎉")), 200);
        }
        Counted large = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));
        Counted page = counting(() -> fetch(chat.messages() + "?page_size=4&before=" + (first + 100), chat.client().caller()));
        Counted read = counting(() -> fetch(chat.messages() + "?page_size=4&before=" + (first + 100), chat.client().caller()));
        Counted pageAgain = counting(() -> fetch(chat.messages() + "?page_size=4&before=" + (first + 100), chat.client().caller()));

        assertThat(small.response().json()).hasSize(1);
        assertThat(large.response().json()).hasSize(9);
        // a look (party check, anything to mark, the history's version), the mark when there is something to mark, then
        // the page with its attachments, reactions and read marks: one statement each, whatever the page holds
        for (Counted marking : List.of(small, large, page)) {
            assertThat(marking.statements()).as("looked, marked, computed: %s", marking.statements()).hasSize(3);
        }
        assertComputed(read); // nothing left to mark; the version the mark advanced: computed once more
        assertRemembered(pageAgain);
        assertThat(pageAgain.response().body()).isEqualTo(read.response().body()).isEqualTo(page.response().body());
    }

    /** A history page computed: the look (nothing to mark), then the page. */
    private static void assertComputed(Counted computed) {
        assertThat(computed.statements()).as("%s", computed.statements()).hasSize(2);
        assertThat(computed.statements().getFirst().sql()).contains("conversations.history_version");
        assertThat(computed.statements().getLast().sql()).contains("conversations.message")
                .doesNotContain("conversations.history_version");
    }

    /** A history page answered from memory: the opening only. */
    private static void assertRemembered(Counted remembered) {
        assertThat(remembered.statements()).as("%s", remembered.statements()).singleElement()
                .extracting(Executed::sql).asString().contains("conversations.history_version");
    }

    @Test
    void openingAHistoryIsOneStatementWhetherItMarksReadOrNotAndThePageAnotherUnlessRemembered() {
        Chat chat = acceptedServiceOrder("Once");
        Counted empty = counting(() -> fetch(chat.messages() + "?page_size=10", chat.freelancer().caller()));
        assertThat(empty.response().json().get("results")).as("a party's empty conversation").isEmpty();
        assertComputed(empty);
        assertRemembered(counting(() -> fetch(chat.messages() + "?page_size=10", chat.freelancer().caller())));

        long mine = said(chat, chat.freelancer(), "mine");
        long theirs = said(chat, chat.client(), "theirs");
        String unread = participantVersion(chat, chat.freelancer());
        Counted marking = counting(() -> fetch(chat.messages() + "?page_size=10", chat.freelancer().caller()));
        Counted after = counting(() -> fetch(chat.messages() + "?page_size=10&after=" + mine, chat.freelancer().caller()));
        Counted again = counting(() -> fetch(chat.messages(), chat.freelancer().caller()));
        Counted markedAgain = counting(() -> fetch(chat.messages() + "?page_size=10", chat.freelancer().caller()));

        assertThat(participantVersion(chat, chat.freelancer())).as("marked read").isNotEqualTo(unread).endsWith(":0");
        assertThat(marking.statements()).as("looked, marked, computed: %s", marking.statements()).hasSize(3);
        assertThat(marking.statements().getFirst().sql()).as("the look updates nothing").doesNotContain("update");
        assertThat(marking.statements().get(1).sql()).as("the opening marks").contains("update conversations.participant");
        for (Counted computed : List.of(after, again, markedAgain)) {
            assertComputed(computed); // the mark advanced the version: computed once more
        }
        assertRemembered(counting(() -> fetch(chat.messages() + "?page_size=10", chat.freelancer().caller())));
        assertThat(markedAgain.response().body()).as("the page it made with the mark").isEqualTo(marking.response().body());
        JsonNode page = marking.response().json().get("results");
        assertThat(page.valueStream().map(m -> m.get("id").asLong()).toList()).containsExactly(mine, theirs);
        assertThat(page.get(1).get("status").asString()).as("the page shows the read mark it made").isEqualTo("read");
        assertThat(page.get(1).get("read_at").asString()).endsWith("Z");
        assertThat(page.get(0).get("status").asString()).as("the other party has not read mine").isEqualTo("sent");
        assertThat(page.get(0).get("read_at").isNull()).isTrue();
        assertThat(again.response().json().get(1).get("read_at")).as("read once: the same time")
                .isEqualTo(page.get(1).get("read_at"));
        assertThat(after.response().json().get("results").get(0).get("id").asLong()).isEqualTo(theirs);
    }
}
