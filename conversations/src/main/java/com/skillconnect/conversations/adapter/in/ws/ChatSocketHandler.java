package com.skillconnect.conversations.adapter.in.ws;

import com.skillconnect.conversations.application.ChatRoom;
import com.skillconnect.conversations.application.MessagePosting;
import com.skillconnect.conversations.domain.MessageDraft;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.spring.CommonMessages;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A party's chat socket. Opening and closing it tell the other party "online"/"offline" (first and last socket only).
 * The client may send {@code {"type": "typing", "typing": bool}} (relayed to the other party) and a text message
 * {@code {"message": "…", "message_type": "text"}} (stored once and pushed to every chat socket of the conversation,
 * like a REST one). Anything else gets {@code {"type": "error", "error": "…"}} and the socket stays open.
 */
class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);

    private final ChatRoom room;
    private final MessagePosting posting;
    private final List<ViolationMessages> words;
    private final JsonMapper json;

    ChatSocketHandler(ChatRoom room, MessagePosting posting, List<ViolationMessages> words, JsonMapper json) {
        this.room = room;
        this.posting = posting;
        this.words = words;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        room.opened(user(session), conversation(session));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        room.closed(user(session), conversation(session));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        JsonNode frame;
        try {
            frame = json.readTree(message.getPayload());
        } catch (JacksonException notJson) {
            error(session, "Invalid JSON.");
            return;
        }
        if (frame == null || !frame.isObject()) {
            error(session, "A frame is a JSON object.");
            return;
        }
        JsonNode type = frame.get("type");
        if (type != null && type.isString() && type.asString().equals("typing")) {
            JsonNode typing = frame.get("typing");
            if (typing == null || !typing.isBoolean()) {
                error(session, "typing must be true or false.");
                return;
            }
            room.typing(user(session), conversation(session), typing.asBoolean());
            return;
        }
        JsonNode text = frame.get("message");
        if (text == null || !text.isString()) {
            error(session, "Send {\"type\": \"typing\", \"typing\": bool} or {\"message\": \"…\", \"message_type\": \"text\"}.");
            return;
        }
        JsonNode messageType = frame.get("message_type");
        try {
            posting.post(user(session), conversation(session), MessageDraft.text(
                    messageType != null && messageType.isString() ? messageType.asString() : null, text.asString()));
        } catch (RuleViolationException refused) {
            error(session, words(refused.violations().getFirst()));
        } catch (NotFoundException gone) {
            error(session, "Not found.");
        } catch (RuntimeException failed) { // e.g. text the database refuses (a NUL character): the socket stays open
            log.warn("A chat message over the socket could not be stored", failed);
            error(session, "The message could not be stored.");
        }
    }

    private String words(Violation violation) {
        for (ViolationMessages module : words) {
            var worded = module.word(violation);
            if (worded.isPresent()) {
                return worded.get().message();
            }
        }
        return CommonMessages.of(violation).orElse(violation.code());
    }

    private void error(WebSocketSession session, String error) throws IOException {
        log.debug("Chat frame refused: {}", error);
        session.sendMessage(new TextMessage(json.writeValueAsString(Map.of("type", "error", "error", error))));
    }

    private static UserId user(WebSocketSession session) {
        return new UserId(RealtimeDelivery.userOf(session.getAttributes()).orElseThrow());
    }

    private static long conversation(WebSocketSession session) {
        return (Long) session.getAttributes().get(ChatPartyCheck.CONVERSATION_ATTRIBUTE);
    }
}
