package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.conversations.application.MessagePosting;
import com.skillconnect.conversations.domain.MessageDraft;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Messages of the Messaging API: text, file and voice messages (JSON or multipart, the last value of a repeated
 * field winning), files told by their content against an allow-list, the history (plain array of the newest 100,
 * or cursor pages), reading marks read, and reactions (one per user and message, never lost when concurrent).
 */
class MessageApiTest extends ConversationApiSupport {

    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81,
            0x01, 0x42, (byte) 0xF7, (byte) 0x81, 0x01, 0x42, (byte) 0xF2, (byte) 0x81, 0x04, 0x42, (byte) 0xF3,
            (byte) 0x81, 0x08, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm', 0x42, (byte) 0x87, (byte) 0x81, 0x04,
            0x42, (byte) 0x85, (byte) 0x81, 0x02};

    @Autowired
    MessagePosting posting;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTextMessageIsAnsweredAsTheFullMessageObjectAndCountsAsUnreadForTheOtherParty() {
        Chat chat = acceptedServiceOrder("Logo");

        Response posted = postText(chat, chat.client(), "Hi, can you send the payment?");

        assertStatus(posted, 201);
        JsonNode message = posted.json();
        assertThat(message.propertyNames()).containsExactlyInAnyOrder("id", "conversation", "sender_id", "message_type",
                "content", "attachment", "voice_duration", "payment_amount", "payment_status", "payment_request",
                "created_at", "updated_at", "delivered_at", "read_at", "status", "is_edited", "is_active", "reactions");
        assertThat(message.get("conversation").asLong()).isEqualTo(chat.id());
        assertThat(message.get("sender_id").asLong()).as("a user id").isEqualTo(chat.client().userId());
        assertThat(message.get("message_type").asString()).isEqualTo("text");
        assertThat(message.get("content").asString()).isEqualTo("Hi, can you send the payment?");
        assertThat(message.get("attachment").isNull()).isTrue();
        assertThat(message.get("status").asString()).isEqualTo("sent");
        assertThat(message.get("reactions")).isEqualTo(json("{}"));
        assertThat(conversation(chat, chat.freelancer()).get("unread_count").asInt()).isEqualTo(1);
        assertThat(conversation(chat, chat.client()).get("unread_count").asInt()).isZero();
    }

    @Test
    void readingMarksTheConversationReadAndTheSendersMessagesShowIt() {
        Chat chat = acceptedServiceOrder("Logo");
        said(chat, chat.client(), "one");
        said(chat, chat.client(), "two");

        JsonNode read = history(chat, chat.freelancer());

        assertThat(read.valueStream().map(m -> m.get("content").asString()).toList()).containsExactly("one", "two");
        assertThat(conversation(chat, chat.freelancer()).get("unread_count").asInt()).isZero();
        JsonNode seen = history(chat, chat.client());
        assertThat(seen.get(0).get("status").asString()).isEqualTo("read");
        assertThat(seen.get(1).get("read_at").asString()).endsWith("Z");
    }

    @Test
    void textRulesAndTypes() {
        Chat chat = acceptedServiceOrder("Logo");

        assertAnswer(postText(chat, chat.client(), ""), 400, "{'content': \"required when message_type is 'text'.\"}");
        assertAnswer(postText(chat, chat.client(), "x".repeat(5001)), 400,
                "{'content': 'Ensure this field has no more than 5000 characters.'}");
        assertStatus(postText(chat, chat.client(), "x".repeat(5000)), 201);
        assertAnswer(send("POST", chat.messages(), chat.freelancer().caller(),
                body("message_type", "payment", "content", "pay me", "payment_amount", 100)), 400,
                "{'message_type': 'Payment messages are created by payment requests only.'}");
        assertAnswer(send("POST", chat.messages(), chat.client().caller(), body("message_type", "file")), 400,
                "{'attachment_file': \"required when message_type is 'file'.\"}");
        assertStatus(send("POST", chat.messages(), chat.client().caller(), body("message_type", "sticker", "content", "x")), 400);
        assertThat(history(chat, chat.client())).hasSize(1);
    }

    @Test
    void aFileIsToldByItsContentAndTheLastRepeatedMessageTypeWins() {
        Chat chat = acceptedServiceOrder("Logo");

        Response posted = postForm(chat, chat.client(), new MultipartForm().field("message_type", "text")
                .field("content", "the logo").field("message_type", "file")
                .file("attachment_file", "logo.bin", "application/octet-stream", PNG));

        assertStatus(posted, 201);
        JsonNode attachment = posted.json().get("attachment");
        assertThat(posted.json().get("message_type").asString()).isEqualTo("file");
        assertThat(attachment.get("file_type").asString()).isEqualTo("image/png");
        assertThat(attachment.get("file_name").asString()).isEqualTo("logo.bin");
        assertThat(attachment.get("file_size").asLong()).isEqualTo(PNG.length);
        assertThat(attachment.get("file").asString()).startsWith("http://localhost:" + port + "/media/attachments/").endsWith(".png");
        assertThat(attachment.get("thumbnail_url").asString()).isEqualTo(attachment.get("file").asString());
        assertThat(download(attachment.get("file").asString())).isEqualTo(PNG);

        Response pdf = postForm(chat, chat.freelancer(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "brief.pdf", "application/pdf", PDF));
        assertStatus(pdf, 201);
        assertThat(pdf.json().get("attachment").get("file_type").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().get("attachment").get("thumbnail_url").isNull()).isTrue();
        Response text = postForm(chat, chat.freelancer(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "notes.txt", "text/plain", "plain notes\n".getBytes(StandardCharsets.UTF_8)));
        assertStatus(text, 201);
        assertThat(text.json().get("attachment").get("file_type").asString()).isEqualTo("text/plain");
    }

    @Test
    void scriptsExecutablesAndPagesAreRefusedWhateverTheirName() {
        Chat chat = acceptedServiceOrder("Logo");
        long before = storedAttachments();
        List<byte[]> refused = List.of("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0},
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0});

        for (byte[] content : refused) {
            Response answer = postForm(chat, chat.client(), new MultipartForm().field("message_type", "file")
                    .file("attachment_file", "notes.txt", "text/plain", content));
            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.json().get("attachment_file").asString()).startsWith("File type not allowed");
        }
        Response script = postForm(chat, chat.client(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "run.js", "text/javascript", "alert(1);\n".getBytes(StandardCharsets.UTF_8)));
        assertStatus(script, 400);
        Response empty = postForm(chat, chat.client(), new MultipartForm().field("message_type", "file")
                .file("attachment_file", "a.png", "image/png", new byte[0]));
        assertStatus(empty, 400);
        assertThat(history(chat, chat.client())).isEmpty();
        assertThat(storedAttachments()).isEqualTo(before);
    }

    @Test
    void aVoiceNoteIsAnAudioFileWithItsDuration() {
        Chat chat = acceptedServiceOrder("Logo");

        Response posted = postForm(chat, chat.client(), new MultipartForm().field("message_type", "voice")
                .field("voice_duration", "12").file("attachment_file", "voice-1700000000.webm", "audio/webm", WEBM));

        assertStatus(posted, 201);
        assertThat(posted.json().get("message_type").asString()).isEqualTo("voice");
        assertThat(posted.json().get("voice_duration").asInt()).isEqualTo(12);
        assertThat(posted.json().get("attachment").get("file_type").asString()).isEqualTo("audio/webm");
        assertAnswer(postForm(chat, chat.client(), new MultipartForm().field("message_type", "voice")
                .file("attachment_file", "voice.png", "image/png", PNG)), 400,
                "{'attachment_file': 'A voice message must be an audio file.'}");
    }

    @Test
    void aRolledBackMessageLeavesNoFileBehind() {
        Chat chat = acceptedServiceOrder("Logo");
        long before = storedAttachments();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            posting.post(new UserId(chat.client().userId()), chat.id(),
                    new MessageDraft("file", "", null, new UploadedFile("logo.png", PNG)));
            assertThat(storedAttachments()).as("stored inside the transaction").isEqualTo(before + 1);
            throw new IllegalStateException("something failed after the file was stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storedAttachments()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from conversations.message where conversation_id = ?",
                Integer.class, chat.id())).isZero();
    }

    @Test
    void withoutPagingTheHistoryIsTheNewestHundredOldestFirst() {
        Chat chat = acceptedServiceOrder("Logo");
        insertMessages(chat, 105);

        JsonNode list = history(chat, chat.client());

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(100);
        assertThat(list.get(0).get("content").asString()).isEqualTo("m6");
        assertThat(list.get(99).get("content").asString()).isEqualTo("m105");
    }

    @Test
    void cursorPagesWalkBackThroughOlderMessagesAndStayStableWhileNewOnesArrive() {
        Chat chat = acceptedServiceOrder("Logo");
        insertMessages(chat, 7);

        JsonNode first = fetch(chat.messages() + "?page_size=3", chat.client().caller()).json();
        assertThat(contents(first)).containsExactly("m5", "m6", "m7");
        assertThat(first.get("previous").isNull()).isTrue();
        said(chat, chat.freelancer(), "new");
        JsonNode second = fetch(localPath(first.get("next").asString()) + queryOf(first.get("next").asString()),
                chat.client().caller()).json();
        assertThat(contents(second)).containsExactly("m2", "m3", "m4");
        JsonNode third = fetch(localPath(second.get("next").asString()) + queryOf(second.get("next").asString()),
                chat.client().caller()).json();
        assertThat(contents(third)).containsExactly("m1");
        assertThat(third.get("next").isNull()).isTrue();
        JsonNode back = fetch(localPath(third.get("previous").asString()) + queryOf(third.get("previous").asString()),
                chat.client().caller()).json();
        assertThat(contents(back)).containsExactly("m2", "m3", "m4");
        assertThat(fetch(chat.messages() + "?page_size=500", chat.client().caller()).json().get("results")).hasSize(8);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("next", "previous", "results");
    }

    @Test
    void eachUserHasOneReactionPerMessageCountedPerEmoji() {
        Chat chat = acceptedServiceOrder("Logo");
        long message = said(chat, chat.client(), "done!");
        String react = chat.messages() + message + "/react/";

        assertThat(send("POST", react, chat.client().caller(), body("emoji", "👍")).json().get("reactions"))
                .isEqualTo(json("{'👍': 1}"));
        assertThat(send("POST", react, chat.freelancer().caller(), body("emoji", "👍")).json().get("reactions"))
                .isEqualTo(json("{'👍': 2}"));
        assertThat(send("POST", react, chat.freelancer().caller(), body("emoji", "🎉")).json().get("reactions"))
                .isEqualTo(json("{'👍': 1, '🎉': 1}"));
        Response removed = send("POST", react, chat.client().caller(), body("emoji", "👍"));
        assertStatus(removed, 200);
        assertThat(removed.json().get("reactions")).isEqualTo(json("{'🎉': 1}"));
        assertThat(removed.json().get("id").asLong()).isEqualTo(message);

        assertAnswer(send("POST", react, chat.client().caller(), body()), 400, "{'error': 'emoji field is required'}");
        Chat other = acceptedServiceOrder(chat.client(), chat.freelancer(), "Other");
        assertAnswer(send("POST", other.messages() + message + "/react/", chat.client().caller(), body("emoji", "👍")),
                404, "{'detail': 'Not found.'}");
    }

    @Test
    void concurrentReactionsAreNeverLost() {
        Chat chat = acceptedServiceOrder("Logo");
        List<Long> messages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            messages.add(said(chat, chat.client(), "m" + i));
        }
        List<Supplier<Response>> requests = new ArrayList<>();
        for (long message : messages) {
            String react = chat.messages() + message + "/react/";
            requests.add(() -> send("POST", react, chat.client().caller(), body("emoji", "👍")));
            requests.add(() -> send("POST", react, chat.freelancer().caller(), body("emoji", "❤️")));
        }

        together(requests).forEach(answer -> assertStatus(answer, 200));

        for (JsonNode message : history(chat, chat.client())) {
            assertThat(message.get("reactions")).as("%s", message).isEqualTo(json("{'👍': 1, '❤️': 1}"));
        }
    }

    private void insertMessages(Chat chat, int count) {
        for (int i = 1; i <= count; i++) {
            jdbc.update("""
                    insert into conversations.message (conversation_id, sender_user_id, message_type, content, created_at, updated_at)
                    values (?, ?, 'TEXT', ?, now(), now())""", chat.id(), chat.client().userId(), "m" + i);
        }
    }

    private static List<String> contents(JsonNode page) {
        return page.get("results").valueStream().map(m -> m.get("content").asString()).toList();
    }

    private static String queryOf(String url) {
        String query = java.net.URI.create(url).getRawQuery();
        return query == null ? "" : "?" + query;
    }
}
