package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.ConversationItem;
import com.skillconnect.conversations.adapter.in.web.RememberedLists.Answer;
import com.skillconnect.conversations.adapter.in.web.RememberedLists.Shape;
import com.skillconnect.conversations.application.ConversationInbox;
import com.skillconnect.conversations.application.ConversationOpening;
import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.conversations.domain.ConversationPage;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.conversations.domain.Metadata;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.kernel.spring.NameListReader;
import com.skillconnect.marketplace.OrderType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's conversations: the list (a plain array, as the frontend reads it; with {@code page}/{@code page_size}
 * DRF's envelope), opening one for an order ({@code {order_type, order_id}}: 201 when opened now, 200 when it existed),
 * one conversation, its metadata ({@code PATCH}), and archiving it for the caller ({@code DELETE}). A conversation the
 * caller is no party of is not found.
 * <p>
 * The list (both forms) is answered as the JSON remembered for the caller's inbox version, read first (one statement),
 * or computed, written and remembered under it ({@link RememberedLists}, ADR 35).
 */
@RestController
@RequestMapping(MessagingEndpoints.BASE + "/conversations")
class ConversationController extends MessagingEndpoints {

    /** The plain array's bound: far above any user's real number of conversations. */
    static final int PLAIN_LIST_LIMIT = 1000;

    private final ConversationOpening opening;
    private final ConversationInbox inbox;
    private final RememberedLists lists;
    private final JsonMapper json;
    private final ObjectWriter listWriter;

    ConversationController(MessagingViolationMessages words, ConversationOpening opening, ConversationInbox inbox,
            RememberedLists lists, JsonMapper json) {
        super(words);
        this.opening = opening;
        this.inbox = inbox;
        this.lists = lists;
        this.json = json;
        this.listWriter = SerializedItems.writer(json, ConversationItem.class);
    }

    @GetMapping(params = {"!page", "!page_size"})
    @Operation(summary = "The caller's conversations, most recent activity first (plain array; archived ones left out)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "*/*",
            array = @ArraySchema(schema = @Schema(implementation = ConversationItem.class))))
    SerializedItems<ConversationItem> list(@AuthenticationPrincipal Jwt token) {
        UserId user = user(token);
        return lists.answer(user, inbox.version(user), Shape.plain(PLAIN_LIST_LIMIT, MediaUrls.base()),
                () -> new Answer(items(inbox.recent(user, PLAIN_LIST_LIMIT)), 0)).items();
    }

    @GetMapping(params = "page")
    @Operation(summary = "The caller's conversations as DRF's envelope (page, page_size at most 100)")
    Page<ConversationItem> page(@AuthenticationPrincipal Jwt token, @PageableDefault(size = 20) Pageable pageable) {
        UserId user = user(token);
        Answer answer = lists.answer(user, inbox.version(user),
                Shape.page(pageable.getOffset(), pageable.getPageSize(), MediaUrls.base()), () -> {
                    ConversationPage page = inbox.list(user, pageable.getOffset(), pageable.getPageSize());
                    SerializedItems<ConversationItem> items = items(page.conversations());
                    // the total as PageImpl makes it of the items and the counted total (the last page: offset + items)
                    long total = new PageImpl<>(page.conversations(), pageable, page.total()).getTotalElements();
                    return new Answer(items, total);
                });
        return new SerializedPage(answer.items(), pageable, answer.total());
    }

    @GetMapping(params = {"!page", "page_size"})
    @Operation(summary = "The first page of the caller's conversations as DRF's envelope")
    Page<ConversationItem> firstPage(@AuthenticationPrincipal Jwt token, @PageableDefault(size = 20) Pageable pageable) {
        return page(token, pageable);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Opens the conversation of one of the caller's orders {order_type: serviceorder|proposalorder, "
            + "order_id}: 201 when opened now, 200 with the existing one")
    ResponseEntity<ConversationItem> open(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            throw new RuleViolationException(new Violation(List.of(), CommonCode.NOT_AN_OBJECT,
                    List.of(body == null ? "NoneType" : NameListReader.jsonType(body))));
        }
        OrderType type = orderType(body.get("order_type"), violations.at("order_type"));
        long orderId = orderId(body.get("order_id"), violations.at("order_id"));
        violations.throwIfAny();
        ConversationOpening.Opened opened = opening.open(user(token), type, orderId);
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ConversationItem.of(opened.conversation(), json));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's conversations")
    ConversationItem one(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ConversationItem.of(inbox.one(user(token), id(id, "conversation")), json);
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replaces the conversation's metadata (a JSON object of at most 4 KB)")
    ConversationItem patch(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        long conversation = id(id, "conversation");
        JsonNode metadata = body != null && body.isObject() ? body.get("metadata") : null;
        if (metadata == null) {
            return one(token, id); // nothing to change (unknown fields are ignored)
        }
        inbox.one(user(token), conversation); // a stranger learns nothing, not even that the body was wrong
        if (!metadata.isObject()) {
            throw new RuleViolationException(Violation.of("metadata", ConversationCodes.METADATA_NOT_AN_OBJECT));
        }
        Parsed<Metadata> parsed = Metadata.parse(json.writeValueAsString(metadata));
        if (!parsed.ok()) {
            throw new RuleViolationException(Violation.of("metadata", parsed.code(), parsed.args().toArray()));
        }
        return ConversationItem.of(inbox.changeMetadata(user(token), conversation, parsed.value()), json);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Archives the conversation for the caller only, until a new message arrives")
    ResponseEntity<Void> archive(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        inbox.archive(user(token), id(id, "conversation"));
        return ResponseEntity.noContent().build();
    }

    /** The items of these conversations as JSON, exactly as Spring MVC writes a {@code List<ConversationItem>}. */
    private SerializedItems<ConversationItem> items(List<ConversationView> views) {
        return SerializedItems.of(views.stream().map(view -> ConversationItem.of(view, json)).toList(), listWriter);
    }

    private static OrderType orderType(JsonNode value, Violations violations) {
        if (value == null || value.isNull()) {
            violations.add(CommonCode.REQUIRED);
            return null;
        }
        String text = value.isString() ? value.asString().strip().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "serviceorder" -> OrderType.SERVICE;
            case "proposalorder" -> OrderType.PROPOSAL;
            default -> {
                violations.add(ConversationCodes.ORDER_TYPE_UNKNOWN);
                yield null;
            }
        };
    }

    private static long orderId(JsonNode value, Violations violations) {
        if (value == null || value.isNull()) {
            violations.add(CommonCode.REQUIRED);
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isString() && value.asString().strip().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(value.asString().strip());
        }
        violations.add(CommonCode.NOT_AN_INTEGER);
        return 0;
    }
}
