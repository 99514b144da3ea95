package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.ConversationItem;
import com.skillconnect.identity.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Users' conversation lists as the JSON they were answered (docs/adr/0035-exact-remembered-conversation-lists.md),
 * remembered per user under the <em>inbox version</em> the request read before computing it (advanced at commit by every
 * transaction that changes what the user's list shows), as {@link RememberedAnswers} remembers answers: one per
 * {@link Shape} (the plain array or a page, and the base of its media URLs). Bounded by the JSON's bytes
 * ({@code skillconnect.conversations.remembered-lists}). Micrometer: {@code cache.gets{cache="conversations.lists"}}.
 */
@Component
class RememberedLists extends RememberedAnswers<RememberedLists.Shape, RememberedLists.Answer> {

    /**
     * Which list: the plain array ({@code page} false, {@code offset} 0, {@code size} its bound) or the page at
     * {@code offset} of {@code size}; {@code base} the media URLs' base of the request (ADR 33), which the JSON holds.
     */
    record Shape(boolean page, long offset, int size, String base) {

        static Shape plain(int limit, String base) {
            return new Shape(false, 0, limit, base);
        }

        static Shape page(long offset, int size, String base) {
            return new Shape(true, offset, size, base);
        }
    }

    /** A list answered: its items as JSON and, for a page, its total. */
    record Answer(SerializedItems<ConversationItem> items, long total) {
    }

    @Autowired
    RememberedLists(Clock clock, @Value("${skillconnect.conversations.remembered-lists:64MB}") DataSize bound,
            ObjectProvider<MeterRegistry> registry) {
        this(clock, bound.toBytes(), Optional.ofNullable(registry.getIfAvailable()));
    }

    RememberedLists(Clock clock, long boundInBytes, Optional<MeterRegistry> registry) {
        super("conversations.lists", clock, boundInBytes, registry,
                (shape, answer) -> (shape.base() == null ? 0 : shape.base().length()) + answer.items().memory());
    }

    /** The list of {@code shape} for a request of {@code user} that has read the user's inbox {@code version}. */
    Answer answer(UserId user, long version, Shape shape, Supplier<Answer> compute) {
        return answer(user.value(), version, shape, compute);
    }
}
