package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.MessageItem;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Conversations' history pages as the JSON they were answered (docs/adr/0037-exact-remembered-history-pages.md),
 * remembered per conversation under the <em>history version</em> the request read when it opened the history (advanced
 * at commit by every transaction that changes what a page of it shows), as {@link RememberedAnswers} remembers answers:
 * one per {@link Shape}. A page is the same for both parties (a message's read time is its recipient's read mark, the
 * same whoever asks), so the owner is the conversation; the party check runs before every answer all the same. Bounded
 * by the JSON's bytes ({@code skillconnect.conversations.remembered-histories}). Micrometer:
 * {@code cache.gets{cache="conversations.histories"}}.
 */
@Component
class RememberedHistories extends RememberedAnswers<RememberedHistories.Shape, RememberedHistories.Answer> {

    /**
     * Which page: the plain array of the newest {@code size} ({@code page} false, {@code after} false, {@code cursor}
     * null), or the envelope's page of {@code size} before ({@code after} false) or after {@code cursor} (null: the
     * newest); {@code base} the media URLs' base of the request (ADR 33), which the JSON holds.
     */
    record Shape(boolean page, boolean after, Long cursor, int size, String base) {

        static Shape plain(int limit, String base) {
            return new Shape(false, false, null, limit, base);
        }

        static Shape before(Long cursor, int size, String base) {
            return new Shape(true, false, cursor, size, base);
        }

        static Shape after(long cursor, int size, String base) {
            return new Shape(true, true, cursor, size, base);
        }
    }

    /**
     * A page answered: its messages as JSON, whether older or newer ones lie beside it, and the ids of its first
     * (oldest) and last (newest) message, 0 when it is empty (the envelope's links are built from them per request).
     */
    record Answer(SerializedItems<MessageItem> items, boolean older, boolean newer, long first, long last) {
    }

    @Autowired
    RememberedHistories(Clock clock, @Value("${skillconnect.conversations.remembered-histories:256MB}") DataSize bound,
            ObjectProvider<MeterRegistry> registry) {
        this(clock, bound.toBytes(), Optional.ofNullable(registry.getIfAvailable()));
    }

    RememberedHistories(Clock clock, long boundInBytes, Optional<MeterRegistry> registry) {
        super("conversations.histories", clock, boundInBytes, registry,
                (shape, answer) -> (shape.base() == null ? 0 : shape.base().length()) + answer.items().memory());
    }
}
