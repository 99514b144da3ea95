package com.skillconnect.conversations.adapter.in.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.skillconnect.identity.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Users' conversation lists as the JSON they were answered (docs/adr/0035-exact-remembered-conversation-lists.md),
 * remembered per user under the <em>inbox version</em> the request read before computing it (advanced at commit by every
 * transaction that changes what the user's list shows): so a remembered list is exact for every request that reads the
 * same version, and a change, on any instance, makes the next request read a newer version and compute the list again.
 * <p>
 * Per user: the newest version seen and its answers, one per {@link Shape} (the plain array or a page, and the base of
 * its media URLs), at most 16 ({@code MAX_SHAPES_PER_USER}). The first answer remembered under a newer version drops the
 * older version's (a request that sees a newer version drops them at once: no request starting now asks for them).
 * Concurrent requests of the same user, version and shape compute it once. Bounded by the JSON's bytes
 * ({@code skillconnect.conversations.remembered-lists}); a user's lists not asked for in {@link #IDLE_AT_MOST} are
 * dropped. Micrometer: {@code cache.gets{cache="conversations.lists"}} (a hit is an answer of the same user, version and
 * shape).
 */
@Component
class RememberedLists {

    /** A user's lists not asked for this long are forgotten. */
    static final Duration IDLE_AT_MOST = Duration.ofMinutes(10);
    /** Shapes remembered per user and version at most (a few in practice: the plain array, the first pages). */
    static final int MAX_SHAPES_PER_USER = 16;
    /** What an answer costs beside its JSON (its shape, the maps, the objects), counted in the bound. */
    static final int OVERHEAD = 256;

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
    record Answer(SerializedItems items, long total) {
    }

    /** One user's answers, all of the same version. */
    private record Inbox(long version, Map<Shape, Answer> answers, int weight) {

        Inbox with(Shape shape, Answer answer) {
            if (answers.containsKey(shape) || answers.size() >= MAX_SHAPES_PER_USER) {
                return this;
            }
            Map<Shape, Answer> more = new HashMap<>(answers);
            more.put(shape, answer);
            return new Inbox(version, Map.copyOf(more), weight + weight(shape, answer));
        }

        static Inbox of(long version, Shape shape, Answer answer) {
            return new Inbox(version, Map.of(shape, answer), weight(shape, answer));
        }

        private static int weight(Shape shape, Answer answer) {
            return OVERHEAD + (shape.base() == null ? 0 : shape.base().length()) + answer.items().memory();
        }
    }

    /** A computation under way. */
    private record Computing(long user, long version, Shape shape) {
    }

    private final Cache<Long, Inbox> inboxes;
    /** Hits and misses as this class counts them (per answer, not per user's entry). */
    private final ConcurrentStatsCounter stats = new ConcurrentStatsCounter();
    private final Map<Computing, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();

    @Autowired
    RememberedLists(Clock clock, @Value("${skillconnect.conversations.remembered-lists:64MB}") DataSize bound,
            ObjectProvider<MeterRegistry> registry) {
        this(clock, bound.toBytes(), Optional.ofNullable(registry.getIfAvailable()));
    }

    RememberedLists(Clock clock, long boundInBytes, Optional<MeterRegistry> registry) {
        this.inboxes = Caffeine.newBuilder()
                .ticker(() -> {
                    var now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .executor(Runnable::run)
                .maximumWeight(boundInBytes)
                .weigher((Long user, Inbox inbox) -> inbox.weight())
                .expireAfterAccess(IDLE_AT_MOST)
                .recordStats(() -> stats)
                .build();
        registry.ifPresent(meters -> CaffeineCacheMetrics.monitor(meters, inboxes, "conversations.lists"));
    }

    /**
     * The list of {@code shape} for a request of {@code user} that has read the user's inbox {@code version}: the one
     * remembered under that version, or computed by {@code compute} (once for concurrent requests of the same user,
     * version and shape; in statements after the version was read) and remembered under it unless a newer version's
     * answers are there already.
     */
    Answer answer(UserId user, long version, Shape shape, Supplier<Answer> compute) {
        Answer remembered = remembered(user.value(), version, shape);
        if (remembered != null) {
            stats.recordHits(1);
            return remembered;
        }
        stats.recordMisses(1);
        Computing key = new Computing(user.value(), version, shape);
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> theirs = computing.putIfAbsent(key, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            // another request may have remembered it between the look-up above and this one's claim
            Answer answer = remembered(user.value(), version, shape);
            if (answer == null) {
                answer = compute.get();
                remember(user.value(), version, shape, answer);
            }
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** How many answers are remembered, of all users (tests). */
    long answers() {
        inboxes.cleanUp();
        return inboxes.asMap().values().stream().mapToLong(inbox -> inbox.answers().size()).sum();
    }

    /** The answer remembered under this version, if any; a user's older version is dropped on sight. */
    private Answer remembered(long user, long version, Shape shape) {
        Inbox inbox = inboxes.asMap().get(user); // the map's get records no statistics: this class counts them
        if (inbox == null) {
            return null;
        }
        if (inbox.version() < version) {
            inboxes.asMap().remove(user, inbox);
            return null;
        }
        return inbox.version() == version ? inbox.answers().get(shape) : null;
    }

    private void remember(long user, long version, Shape shape, Answer answer) {
        inboxes.asMap().compute(user, (key, inbox) -> {
            if (inbox == null || inbox.version() < version) {
                return Inbox.of(version, shape, answer);
            }
            return inbox.version() == version ? inbox.with(shape, answer) : inbox;
        });
    }

    private static Answer join(CompletableFuture<Answer> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
