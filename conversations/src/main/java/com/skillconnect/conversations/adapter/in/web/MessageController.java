package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.MessageItem;
import com.skillconnect.conversations.adapter.in.web.RememberedHistories.Answer;
import com.skillconnect.conversations.adapter.in.web.RememberedHistories.Shape;
import com.skillconnect.conversations.application.MessageHistory;
import com.skillconnect.conversations.application.MessagePosting;
import com.skillconnect.conversations.application.MessageReactions;
import com.skillconnect.conversations.domain.HistoryOpening;
import com.skillconnect.conversations.domain.MessageDraft;
import com.skillconnect.conversations.domain.MessageSlice;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.kernel.spring.MultipartUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation's messages (ADR 25). Reading: without paging parameters the newest 100 as a plain array, oldest
 * first (what the frontend reads); with {@code page_size} (default 50, at most 100), {@code before=<message id>} or
 * {@code after=<message id>} an envelope {@code {next, previous, results}} whose {@code next} pages back through
 * older messages and {@code previous} forward. Reading marks the conversation read for the caller. Posting: JSON or
 * a form ({@code multipart/form-data}: the last value of a repeated field wins, as in Django) with
 * {@code message_type} text, file or voice, {@code content}, {@code attachment_file}, {@code voice_duration}.
 * Reacting: {@code {"emoji": "👍"}} toggles the caller's one reaction.
 * <p>
 * Reading (both forms) opens the history first (party check and the history's version in one select; the read mark, when
 * there is something to mark, in a second statement), then
 * answers the page's JSON remembered for that version or computes, writes and remembers it ({@link RememberedHistories},
 * ADR 37); a request whose opening marked the conversation read computes its page and remembers nothing (the next
 * request reads the version its mark advanced). The envelope's links are built per request.
 */
@RestController
@RequestMapping(MessagingEndpoints.BASE + "/conversations/{conversationId}/messages")
class MessageController extends MessagingEndpoints {

    static final int PLAIN_LIMIT = 100;
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;
    private static final String ATTACHMENT = "attachment_file";

    private final MessageHistory history;
    private final MessagePosting posting;
    private final MessageReactions reactions;
    private final RememberedHistories histories;
    private final ObjectWriter pageWriter;

    MessageController(MessagingViolationMessages words, MessageHistory history, MessagePosting posting,
            MessageReactions reactions, RememberedHistories histories, JsonMapper json) {
        super(words);
        this.history = history;
        this.posting = posting;
        this.reactions = reactions;
        this.histories = histories;
        this.pageWriter = SerializedItems.writer(json, MessageItem.class);
    }

    /** A page of the history: {@code next} older messages, {@code previous} newer ones (absolute URLs or null). */
    record MessagePage(String next, String previous, List<MessageItem> results) {
    }

    @GetMapping(params = {"!page_size", "!before", "!after"})
    @Operation(summary = "The newest 100 messages, oldest first (plain array); marks the conversation read")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "*/*",
            array = @ArraySchema(schema = @Schema(implementation = MessageItem.class))))
    SerializedItems<MessageItem> list(@AuthenticationPrincipal Jwt token, @PathVariable String conversationId) {
        UserId reader = user(token);
        long conversation = id(conversationId, "conversation");
        return answer(reader, conversation, Shape.plain(PLAIN_LIMIT, MediaUrls.base()),
                () -> history.before(reader, conversation, null, PLAIN_LIMIT)).items();
    }

    @GetMapping
    @Operation(summary = "A page of messages by cursor (page_size, before or after a message id), oldest first; "
            + "marks the conversation read")
    MessagePage page(@AuthenticationPrincipal Jwt token, @PathVariable String conversationId,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestParam(required = false) String before, @RequestParam(required = false) String after) {
        UserId reader = user(token);
        long conversation = id(conversationId, "conversation");
        int size = size(pageSize);
        Long afterId = cursor(after);
        Long beforeId = cursor(before);
        Answer page = afterId != null && beforeId == null
                ? answer(reader, conversation, Shape.after(afterId, size, MediaUrls.base()),
                        () -> history.after(reader, conversation, afterId, size))
                : answer(reader, conversation, Shape.before(beforeId, size, MediaUrls.base()),
                        () -> history.before(reader, conversation, beforeId, size));
        boolean any = !page.items().isEmpty();
        String next = page.older() && any ? link("before", page.first(), size) : null;
        String previous = page.newer() && any ? link("after", page.last(), size) : null;
        return new MessagePage(next, previous, page.items());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sends a text message: {message_type: text, content}")
    MessageItem postJson(@AuthenticationPrincipal Jwt token, @PathVariable String conversationId,
            @RequestBody JsonNode body) {
        long conversation = id(conversationId, "conversation");
        JsonNode object = body != null && body.isObject() ? body : null;
        MessageDraft draft = new MessageDraft(text(object, "message_type"), text(object, "content"),
                text(object, "voice_duration"), null);
        return MessageItem.of(posting.post(user(token), conversation, draft));
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sends a message as a form: message_type text|file|voice, content, attachment_file, voice_duration")
    MessageItem postForm(@AuthenticationPrincipal Jwt token, @PathVariable String conversationId,
            HttpServletRequest request) {
        long conversation = id(conversationId, "conversation");
        Map<String, String[]> fields = request.getParameterMap();
        MessageDraft draft = new MessageDraft(last(fields, "message_type"), last(fields, "content"),
                last(fields, "voice_duration"), file(request));
        return MessageItem.of(posting.post(user(token), conversation, draft));
    }

    @PostMapping(path = "/{messageId}/react", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Toggles the caller's reaction {emoji}: the same emoji again removes it, another replaces it")
    MessageItem react(@AuthenticationPrincipal Jwt token, @PathVariable String conversationId,
            @PathVariable String messageId, @RequestBody(required = false) JsonNode body) {
        long conversation = id(conversationId, "conversation");
        long message = id(messageId, "message");
        JsonNode emoji = body != null && body.isObject() ? body.get("emoji") : null;
        return MessageItem.of(reactions.react(user(token), conversation, message,
                emoji != null && emoji.isString() ? emoji.asString() : null));
    }

    /**
     * The page of {@code shape}: opens the history (party check, read mark, version), then answers the page remembered
     * under the version or computes it with {@code read}; a page read after a mark this request made is not remembered.
     */
    private Answer answer(UserId reader, long conversation, Shape shape, Supplier<MessageSlice> read) {
        HistoryOpening opening = history.open(reader, conversation);
        Supplier<Answer> compute = () -> answer(read.get());
        return opening.marked() ? compute.get() : histories.answer(conversation, opening.version(), shape, compute);
    }

    /** The slice's messages as JSON, exactly as Spring MVC writes a {@code List<MessageItem>}, and its edges. */
    private Answer answer(MessageSlice slice) {
        List<MessageItem> items = slice.messages().stream().map(MessageItem::of).toList();
        return new Answer(SerializedItems.of(items, pageWriter), slice.older(), slice.newer(),
                items.isEmpty() ? 0 : items.getFirst().id(), items.isEmpty() ? 0 : items.getLast().id());
    }

    private static int size(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,9}") || Integer.parseInt(text.strip()) == 0) {
            return DEFAULT_PAGE_SIZE;
        }
        return Math.min(MAX_PAGE_SIZE, Integer.parseInt(text.strip()));
    }

    /** A message id given as a cursor; anything else is no cursor (DRF ignores what it cannot read). */
    private static Long cursor(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    private static String link(String cursor, long id, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("before")
                .replaceQueryParam("after").replaceQueryParam("page_size", size).replaceQueryParam(cursor, id)
                .build().toUriString();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    private static String last(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        return values == null || values.length == 0 ? null : values[values.length - 1];
    }

    private static UploadedFile file(HttpServletRequest request) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return null;
        }
        List<MultipartFile> files = multipart.getFiles(ATTACHMENT);
        return files.isEmpty() ? null : MultipartUploads.sent(files.getLast());
    }
}
