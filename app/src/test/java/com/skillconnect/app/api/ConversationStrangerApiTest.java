package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.app.test.TestSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of the Messaging API's chat part: every conversations endpoint, called by a stranger
 * (a user with a profile of either kind who is no party of the conversation), answers 404 {@code {"detail":
 * "Not found."}} — opening a conversation for someone else's order answers 400 {@code {"order_id": "Order not
 * found."}}, as for a missing order — the chat socket refuses the handshake, and nothing changes. Extend
 * {@link #endpoints} with each new one.
 */
class ConversationStrangerApiTest extends ConversationApiSupport {

    /** One endpoint: the request to send, and the answer it must give. */
    record Endpoint(String name, Supplier<Response> request, int status, String body) {
    }

    List<Endpoint> endpoints(Chat chat, long message, Party stranger) {
        String who = " by " + stranger.name();
        String notFound = "{'detail': 'Not found.'}";
        String react = chat.messages() + message + "/react/";
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("POST conversations/" + who, () -> send("POST", CONVERSATIONS, stranger.caller(),
                body("order_type", "serviceorder", "order_id", chat.orderId())), 400, "{'order_id': 'Order not found.'}"));
        endpoints.add(new Endpoint("GET conversations/{id}/" + who, () -> fetch(chat.path(), stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("PATCH conversations/{id}/" + who, () -> send("PATCH", chat.path(), stranger.caller(),
                body("metadata", Map.of("mine", true))), 404, notFound));
        endpoints.add(new Endpoint("PATCH conversations/{id}/ (invalid)" + who, () -> send("PATCH", chat.path(),
                stranger.caller(), body("metadata", "not an object")), 404, notFound));
        endpoints.add(new Endpoint("DELETE conversations/{id}/" + who, () -> send("DELETE", chat.path(), stranger.caller(),
                null), 404, notFound));
        endpoints.add(new Endpoint("GET messages/" + who, () -> fetch(chat.messages(), stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("GET messages/?page_size=" + who, () -> fetch(chat.messages() + "?page_size=5",
                stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("GET messages/?before=" + who, () -> fetch(chat.messages() + "?before=" + (message + 1),
                stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("GET messages/?after=" + who, () -> fetch(chat.messages() + "?after=0",
                stranger.caller()), 404, notFound));
        endpoints.add(new Endpoint("POST messages/ (JSON)" + who, () -> send("POST", chat.messages(), stranger.caller(),
                body("message_type", "text", "content", "hi")), 404, notFound));
        endpoints.add(new Endpoint("POST messages/ (invalid JSON)" + who, () -> send("POST", chat.messages(),
                stranger.caller(), body("message_type", "text", "content", "")), 404, notFound));
        endpoints.add(new Endpoint("POST messages/ (form with a file)" + who, () -> multipart("POST", chat.messages(),
                stranger.caller(), new MultipartForm().field("message_type", "file")
                        .file("attachment_file", "a.png", "image/png", PNG)), 404, notFound));
        endpoints.add(new Endpoint("POST messages/{pk}/react/" + who, () -> send("POST", react, stranger.caller(),
                body("emoji", "👍")), 404, notFound));
        endpoints.add(new Endpoint("POST messages/{pk}/react/ (no emoji)" + who, () -> send("POST", react,
                stranger.caller(), body()), 404, notFound));
        return endpoints;
    }

    @Test
    void aStrangerGetsNotFoundFromEveryConversationsEndpointAndChangesNothing() {
        Chat chat = acceptedServiceOrder("Logo");
        long message = said(chat, chat.client(), "private");
        assertStatus(send("POST", chat.messages() + message + "/react/", chat.freelancer().caller(), body("emoji", "👍")), 200);
        Party strangerClient = clientWithProfile("Asha", "Rao");
        Party strangerFreelancer = freelancerWithProfile("Mira", "Sen");
        long attachmentsBefore = storedAttachments();
        List<Map<String, Object>> before = state(chat);

        int walked = 0;
        for (Party stranger : List.of(strangerClient, strangerFreelancer)) {
            for (Endpoint endpoint : endpoints(chat, message, stranger)) {
                Response answer = endpoint.request().get();
                assertThat(answer.status()).as(endpoint.name() + ": %s", answer).isEqualTo(endpoint.status());
                assertThat(answer.json()).as(endpoint.name()).isEqualTo(json(endpoint.body()));
                assertThat(state(chat)).as(endpoint.name()).isEqualTo(before);
                walked++;
            }
            assertThat(TestSocket.handshakeStatus(port, chat.socket(stranger))).as("the chat socket").isEqualTo(404);
            assertThat(fetch(CONVERSATIONS, stranger.caller()).json()).isEmpty();
        }
        assertThat(walked).isEqualTo(2 * 14);
        assertThat(storedAttachments()).isEqualTo(attachmentsBefore);
        assertThat(state(chat)).isEqualTo(before);
    }

    /** Everything of the conversation that a request could change. */
    private List<Map<String, Object>> state(Chat chat) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from conversations.conversation where id = ?", chat.id()));
        rows.addAll(jdbc.queryForList("select * from conversations.participant where conversation_id = ? order by user_id", chat.id()));
        rows.addAll(jdbc.queryForList("select * from conversations.message where conversation_id = ? order by id", chat.id()));
        rows.addAll(jdbc.queryForList("""
                select r.* from conversations.reaction r join conversations.message m on m.id = r.message_id
                where m.conversation_id = ? order by r.message_id, r.user_id""", chat.id()));
        return rows;
    }
}
