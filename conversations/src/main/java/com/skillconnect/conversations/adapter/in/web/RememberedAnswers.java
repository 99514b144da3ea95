package com.skillconnect.conversations.adapter.in.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
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
import java.util.function.ToIntBiFunction;

/**
 * Answers as the JSON they were answered, remembered per <em>owner</em> (a user's conversation list, a conversation's
 * history) under the owner's <em>version</em> the request read before computing them, which every transaction that
 * changes what the answers show advances at commit (ADR 35, ADR 37): so a remembered answer is exact for every request
 * that reads the same version, and a change, on any instance, makes the next request read a newer version and compute
 * the answer again.
 * <p>
 * Per owner: the newest version seen and its answers, one per shape {@code S} (e.g. the plain array or a page, and the
 * base of its media URLs), at most {@link #MAX_SHAPES_PER_OWNER}. The first answer remembered under a newer version
 * drops the older version's (a request that sees a newer version drops them at once: no request starting now asks for
 * them). Concurrent requests of the same owner, version and shape compute it once. Bounded by the answers' weight in
 * bytes; an owner's answers not asked for in {@link #IDLE_AT_MOST} are dropped. Micrometer:
 * {@code cache.gets{cache="<name>"}} (a hit is an answer of the same owner, version and shape).
 *
 * @param <S> what tells an owner's answers apart (a record: equal shapes are the same answer)
 * @param <A> an answer
 */
class RememberedAnswers<S, A> {

    /** An owner's answers not asked for this long are forgotten. */
    static final Duration IDLE_AT_MOST = Duration.ofMinutes(10);
    /** Shapes remembered per owner and version at most (a few in practice: the plain array, the first pages). */
    static final int MAX_SHAPES_PER_OWNER = 16;
    /** What an answer costs beside its JSON (its shape, the maps, the objects), counted in the bound. */
    static final int OVERHEAD = 256;

    /** One owner's answers, all of the same version. */
    private record Owned<S, A>(long version, Map<S, A> answers, int weight) {
    }

    /** A computation under way. */
    private record Computing(long owner, long version, Object shape) {
    }

    private final Cache<Long, Owned<S, A>> owners;
    /** About how many bytes a shape and its answer hold (beside {@link #OVERHEAD}). */
    private final ToIntBiFunction<S, A> weight;
    /** Hits and misses as this class counts them (per answer, not per owner's entry). */
    private final ConcurrentStatsCounter stats = new ConcurrentStatsCounter();
    private final Map<Computing, CompletableFuture<A>> computing = new ConcurrentHashMap<>();

    /**
     * @param name the cache's name in the metrics
     * @param boundInBytes what all owners' answers may weigh together
     * @param weight about how many bytes a shape and its answer hold
     */
    RememberedAnswers(String name, Clock clock, long boundInBytes, Optional<MeterRegistry> registry,
            ToIntBiFunction<S, A> weight) {
        this.weight = weight;
        this.owners = Caffeine.newBuilder()
                .ticker(() -> {
                    var now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .executor(Runnable::run)
                .maximumWeight(boundInBytes)
                .weigher((Long owner, Owned<S, A> owned) -> owned.weight())
                .expireAfterAccess(IDLE_AT_MOST)
                .recordStats(() -> stats)
                .build();
        registry.ifPresent(meters -> CaffeineCacheMetrics.monitor(meters, owners, name));
    }

    /**
     * The answer of {@code shape} for a request that has read the owner's {@code version}: the one remembered under
     * that version, or computed by {@code compute} (once for concurrent requests of the same owner, version and shape;
     * in statements after the version was read) and remembered under it unless a newer version's answers are there
     * already.
     */
    A answer(long owner, long version, S shape, Supplier<A> compute) {
        A remembered = remembered(owner, version, shape);
        if (remembered != null) {
            stats.recordHits(1);
            return remembered;
        }
        stats.recordMisses(1);
        Computing key = new Computing(owner, version, shape);
        CompletableFuture<A> mine = new CompletableFuture<>();
        CompletableFuture<A> theirs = computing.putIfAbsent(key, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            // another request may have remembered it between the look-up above and this one's claim
            A answer = remembered(owner, version, shape);
            if (answer == null) {
                answer = compute.get();
                remember(owner, version, shape, answer);
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

    /** How many answers are remembered, of all owners (tests). */
    long answers() {
        owners.cleanUp();
        return owners.asMap().values().stream().mapToLong(owned -> owned.answers().size()).sum();
    }

    /** The answer remembered under this version, if any; an owner's older version is dropped on sight. */
    private A remembered(long owner, long version, S shape) {
        Owned<S, A> owned = owners.asMap().get(owner); // the map's get records no statistics: this class counts them
        if (owned == null) {
            return null;
        }
        if (owned.version() < version) {
            owners.asMap().remove(owner, owned);
            return null;
        }
        return owned.version() == version ? owned.answers().get(shape) : null;
    }

    private void remember(long owner, long version, S shape, A answer) {
        owners.asMap().compute(owner, (key, owned) -> {
            if (owned == null || owned.version() < version) {
                return new Owned<>(version, Map.of(shape, answer), weigh(shape, answer));
            }
            return owned.version() == version ? with(owned, shape, answer) : owned;
        });
    }

    private Owned<S, A> with(Owned<S, A> owned, S shape, A answer) {
        if (owned.answers().containsKey(shape) || owned.answers().size() >= MAX_SHAPES_PER_OWNER) {
            return owned;
        }
        Map<S, A> more = new HashMap<>(owned.answers());
        more.put(shape, answer);
        return new Owned<>(owned.version(), Map.copyOf(more), owned.weight() + weigh(shape, answer));
    }

    private int weigh(S shape, A answer) {
        return OVERHEAD + weight.applyAsInt(shape, answer);
    }

    private static <A> A join(CompletableFuture<A> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
