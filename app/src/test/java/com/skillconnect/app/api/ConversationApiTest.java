package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversations of the Messaging API: opened by itself when an order is accepted (once), or by a party's
 * {@code POST conversations/}; listed as the frontend reads them (plain array, or DRF's envelope when paged), most
 * recent activity first; read one, change its metadata, archive it for oneself.
 */
class ConversationApiTest extends ConversationApiSupport {

    @Test
    void anAcceptedOrdersConversationIsListedForBothPartiesAsTheFrontendReadsIt() {
        Chat chat = acceptedServiceOrder("Website Design");

        JsonNode list = conversations(chat.client());
        assertThat(list.isArray()).as("a plain array").isTrue();
        assertThat(list).hasSize(1);
        JsonNode item = list.get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "client_id", "client_name",
                "client_profile_pic", "freelancer_id", "freelancer_name", "freelancer_profile_pic", "order_type",
                "order_id", "service_order_id", "proposal_order_id", "is_active", "created_at", "updated_at", "metadata",
                "last_message", "unread_count", "service_title", "service_price", "service_deadline");
        assertThat(item.get("id").asLong()).isEqualTo(chat.id());
        assertThat(item.get("client_id").asLong()).as("a profile id").isEqualTo(chat.client().profileId());
        assertThat(item.get("client_name").asString()).isEqualTo("Jane Smith");
        assertThat(item.get("freelancer_id").asLong()).isEqualTo(chat.freelancer().profileId());
        assertThat(item.get("freelancer_name").asString()).isEqualTo("John Doe");
        assertThat(item.get("order_type").asString()).isEqualTo("serviceorder");
        assertThat(item.get("order_id").asLong()).isEqualTo(chat.orderId());
        assertThat(item.get("service_order_id").asLong()).isEqualTo(chat.orderId());
        assertThat(item.get("proposal_order_id").isNull()).isTrue();
        assertThat(item.get("is_active").asBoolean()).isTrue();
        assertThat(item.get("metadata")).isEqualTo(json("{}"));
        assertThat(item.get("last_message").isNull()).isTrue();
        assertThat(item.get("unread_count").asInt()).isZero();
        assertThat(item.get("service_title").asString()).isEqualTo("Website Design");
        assertThat(item.get("service_price").asString()).isEqualTo("$25000.00");
        assertThat(item.get("service_deadline").asString()).isEqualTo("10 days");
        assertThat(item.get("created_at").asString()).endsWith("Z");
        assertThat(conversations(chat.freelancer()).get(0).get("id").asLong()).isEqualTo(chat.id());
    }

    @Test
    void aPartyOpensTheConversationOfTheirOrderOnceAndGetsTheSameOneAgain() {
        Party client = clientWithProfile("Asha", "Rao");
        Party freelancer = freelancerWithProfile("Mira", "Sen");
        long application = placed(applyTo(freelancer.caller(), proposalOf(client, "Mobile App"), "me"));
        awaitOrderKnown(application);

        Response opened = send("POST", CONVERSATIONS, freelancer.caller(),
                body("order_type", "proposalorder", "order_id", application));
        assertStatus(opened, 201);
        assertThat(opened.json().get("order_type").asString()).isEqualTo("proposalorder");
        assertThat(opened.json().get("proposal_order_id").asLong()).isEqualTo(application);
        assertThat(opened.json().get("service_order_id").isNull()).isTrue();
        assertThat(opened.json().get("service_price").asString()).isEqualTo("$10000.00 - $30000.00");
        assertThat(opened.json().get("service_deadline").asString()).isEqualTo("7 days");

        Response again = send("POST", CONVERSATIONS, client.caller(),
                body("order_type", "proposalorder", "order_id", String.valueOf(application)));
        assertStatus(again, 200);
        assertThat(again.json().get("id").asLong()).isEqualTo(opened.json().get("id").asLong());
        assertThat(jdbc.queryForObject("select count(*) from conversations.conversation where order_id = ?",
                Integer.class, application)).isEqualTo(1);
    }

    @Test
    void acceptingAnOrderTwiceStillOpensOneConversation() {
        Chat chat = acceptedServiceOrder("Logo");
        Response opened = send("POST", CONVERSATIONS, chat.client().caller(),
                body("order_type", "serviceorder", "order_id", chat.orderId()));

        assertStatus(opened, 200);
        assertThat(opened.json().get("id").asLong()).isEqualTo(chat.id());
    }

    @Test
    void aWrongTypeAMissingOrderAndSomeoneElsesOrderAreRefusedAlike() {
        Chat chat = acceptedServiceOrder("Logo");
        Party stranger = clientWithProfile("Asha", "Rao");

        assertAnswer(send("POST", CONVERSATIONS, chat.client().caller(), body("order_type", "gig", "order_id", chat.orderId())),
                400, "{'order_type': \"Must be 'serviceorder' or 'proposalorder'.\"}");
        assertAnswer(send("POST", CONVERSATIONS, chat.client().caller(),
                body("order_type", "proposalorder", "order_id", chat.orderId())), 400, "{'order_id': 'Order not found.'}");
        assertAnswer(send("POST", CONVERSATIONS, chat.client().caller(),
                body("order_type", "serviceorder", "order_id", 999_999_999)), 400, "{'order_id': 'Order not found.'}");
        assertAnswer(send("POST", CONVERSATIONS, stranger.caller(),
                body("order_type", "serviceorder", "order_id", chat.orderId())), 400, "{'order_id': 'Order not found.'}");
        assertStatus(send("POST", CONVERSATIONS, chat.client().caller(), body("order_type", "serviceorder")), 400);
    }

    @Test
    void theListPutsTheMostRecentActivityFirstAndPagesOnRequest() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        Chat first = acceptedServiceOrder(client, freelancer, "One");
        Chat second = acceptedServiceOrder(client, freelancer, "Two");
        Chat third = acceptedServiceOrder(client, freelancer, "Three");
        assertThat(conversationIds(client)).containsExactly(third.id(), second.id(), first.id());

        said(first, freelancer, "news");

        assertThat(conversationIds(client)).containsExactly(first.id(), third.id(), second.id());
        JsonNode top = conversations(client).get(0);
        assertThat(top.get("unread_count").asInt()).isEqualTo(1);
        assertThat(top.get("last_message").get("content").asString()).isEqualTo("news");
        assertThat(top.get("last_message").get("sender_id").asLong()).as("a user id").isEqualTo(freelancer.userId());
        assertThat(conversations(freelancer).get(0).get("unread_count").asInt()).isZero();

        Response page = fetch(CONVERSATIONS + "?page=1&page_size=2", client.caller());
        assertStatus(page, 200);
        assertThat(page.json().get("count").asInt()).isEqualTo(3);
        assertThat(page.json().get("results")).hasSize(2);
        assertThat(page.json().get("next").asString()).startsWith("http://localhost:" + port + "/").contains("page=2");
        assertThat(page.json().get("previous").isNull()).isTrue();
        Response sized = fetch(CONVERSATIONS + "?page_size=500", client.caller());
        assertThat(sized.json().get("results")).hasSize(3);
    }

    @Test
    void archivingHidesTheConversationFromTheCallerOnlyUntilANewMessageArrives() {
        Chat chat = acceptedServiceOrder("Logo");

        assertStatus(send("DELETE", chat.path(), chat.client().caller(), null), 204);

        assertThat(conversations(chat.client())).isEmpty();
        assertThat(conversationIds(chat.freelancer())).containsExactly(chat.id());
        assertThat(conversation(chat, chat.client()).get("id").asLong()).isEqualTo(chat.id());
        said(chat, chat.freelancer(), "still there?");
        assertThat(conversationIds(chat.client())).containsExactly(chat.id());
    }

    @Test
    void metadataIsAJsonObjectOfAtMostFourKilobytes() {
        Chat chat = acceptedServiceOrder("Logo");

        Response changed = send("PATCH", chat.path(), chat.client().caller(),
                body("metadata", Map.of("pinned", true, "label", "VIP")));
        assertStatus(changed, 200);
        assertThat(changed.json().get("metadata")).isEqualTo(json("{'pinned': true, 'label': 'VIP'}"));
        assertThat(conversation(chat, chat.freelancer()).get("metadata")).isEqualTo(json("{'pinned': true, 'label': 'VIP'}"));

        assertAnswer(send("PATCH", chat.path(), chat.client().caller(), body("metadata", "x".repeat(10))), 400,
                "{'metadata': 'Must be a JSON object.'}");
        assertAnswer(send("PATCH", chat.path(), chat.client().caller(), body("metadata", Map.of("big", "x".repeat(5000)))),
                400, "{'metadata': 'Ensure this field has no more than 4096 bytes.'}");
        assertThat(conversation(chat, chat.client()).get("metadata")).isEqualTo(json("{'pinned': true, 'label': 'VIP'}"));
    }

    @Test
    void metadataIsAnsweredByteForByteAsATreeOfTheStoredObjectWouldBe() {
        Chat chat = acceptedServiceOrder("Logo");
        Chat plain = acceptedServiceOrder(chat.client(), chat.freelancer(), "Plain");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("pinned", true);
        metadata.put("none", null);
        metadata.put("tags", List.of("a, b: c", "ünïcödé 日本 😀", "<b>&amp;</b>"));
        metadata.put("note", "say \"hi\" \\ / done\n\ttab");
        metadata.put("deep", Map.of("x", Map.of("y", List.of(List.of(), Map.of(), 42, -7, false))));
        metadata.put("big", new java.math.BigInteger("123456789012345678901234567890"));

        Response changed = send("PATCH", chat.path(), chat.client().caller(), body("metadata", metadata));
        assertStatus(changed, 200);

        String stored = jdbc.queryForObject("select metadata::text from conversations.conversation where id = ?",
                String.class, chat.id());
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode tree = mapper.readTree(stored);
        String written = "\"metadata\":" + mapper.writeValueAsString(tree) + ",";
        for (Response answer : List.of(changed, fetch(chat.path(), chat.freelancer().caller()),
                fetch(CONVERSATIONS, chat.client().caller()), fetch(CONVERSATIONS + "?page=1", chat.client().caller()))) {
            assertStatus(answer, 200);
            assertThat(answer.body()).as("%s", answer).contains(written);
        }
        assertThat(changed.json().get("metadata")).isEqualTo(tree);
        assertThat(tree.get("note").asString()).isEqualTo("say \"hi\" \\ / done\n\ttab");
        assertThat(tree.get("tags").get(1).asString()).isEqualTo("ünïcödé 日本 😀");
        assertThat(tree.get("none").isNull()).isTrue();
        assertThat(fetch(plain.path(), plain.client().caller()).body()).contains("\"metadata\":{},");

        // what Jackson would write otherwise (a \\u escape, a decimal) is still written from a tree
        assertStatus(send("PATCH", chat.path(), chat.client().caller(),
                body("metadata", Map.of("ctl", "\u0001", "rate", 1.5, "tiny", 0.00001))), 200);
        JsonNode odd = mapper.readTree(jdbc.queryForObject(
                "select metadata::text from conversations.conversation where id = ?", String.class, chat.id()));
        String oddWritten = "\"metadata\":" + mapper.writeValueAsString(odd) + ",";
        assertThat(fetch(CONVERSATIONS, chat.client().caller()).body()).contains(oddWritten);
        assertThat(odd.get("ctl").asString()).isEqualTo("\u0001");
    }

    /** Waits until conversations knows the order (marketplace's event reaches it asynchronously). */
    void awaitOrderKnown(long order) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from conversations.order_ref where order_id = ?", Integer.class, order) == 1);
    }
}
