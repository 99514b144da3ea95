package com.skillconnect.conversations.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.ConversationItem;
import com.skillconnect.conversations.adapter.in.web.MessagingItems.MessageItem;
import com.skillconnect.conversations.adapter.in.web.RememberedLists.Answer;
import com.skillconnect.conversations.adapter.in.web.RememberedLists.Shape;
import com.skillconnect.identity.UserId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers remembered per owner, version and shape (ADR 0035, ADR 0037): the cases on conversation lists (per user and
 * inbox version), the same class remembering history pages (per conversation and history version) on its own.
 */
class RememberedAnswersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RememberedLists lists = new RememberedLists(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC),
            64L << 20, Optional.of(meters));
    private final UserId jane = new UserId(7);
    private final UserId john = new UserId(8);
    private final Shape plain = Shape.plain(1000, "http://localhost:8000");
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aListIsComputedOncePerUserVersionAndShape() {
        Answer first = lists.answer(jane, 3, plain, counted(1));
        assertThat(lists.answer(jane, 3, plain, counted(2))).as("remembered under version 3").isSameAs(first);
        assertThat(computed).hasValue(1);

        lists.answer(john, 3, plain, counted(3));
        lists.answer(jane, 3, Shape.page(0, 20, "http://localhost:8000"), counted(4));
        lists.answer(jane, 3, Shape.plain(1000, "https://api.example.com"), counted(5));
        assertThat(computed).as("another user, a page, another media base").hasValue(4);
        assertThat(lists.answers()).isEqualTo(4);
        assertThat(meters.get("cache.gets").tag("cache", "conversations.lists").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
        assertThat(meters.get("cache.gets").tag("cache", "conversations.lists").tag("result", "miss").functionCounter().count())
                .isEqualTo(4);
    }

    @Test
    void aNewerVersionDropsTheOlderOnesAndAnOlderOneIsNotRemembered() {
        lists.answer(jane, 3, plain, counted(1));
        lists.answer(jane, 3, Shape.page(0, 20, null), counted(1));
        lists.answer(john, 3, plain, counted(1));

        Answer newer = lists.answer(jane, 4, plain, counted(2));
        assertThat(lists.answers()).as("jane's version 3 dropped, john's kept").isEqualTo(2);

        lists.answer(jane, 3, Shape.page(0, 20, null), counted(3)); // a request that read 3 before 4 committed
        assertThat(lists.answers()).isEqualTo(2);
        assertThat(lists.answer(jane, 4, plain, counted(4))).isSameAs(newer);
        assertThat(computed).hasValue(5);
    }

    @Test
    void concurrentRequestsOfTheSameVersionComputeOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            concurrentRequestsComputeOnce(threads);
        } finally {
            threads.shutdownNow();
        }
    }

    private void concurrentRequestsComputeOnce(ExecutorService threads) throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> lists.answer(jane, 5, plain, () -> {
            computing.countDown();
            await(release);
            return answer(1);
        }), threads);
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() -> lists.answer(jane, 5, plain, counted(2)), threads);
        CompletableFuture<Answer> newer = CompletableFuture.supplyAsync(() -> lists.answer(jane, 6, plain, counted(3)), threads);

        assertThat(newer.get(10, TimeUnit.SECONDS).total()).as("a newer version never joins").isEqualTo(3);
        release.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
        assertThat(computed).as("only the newer version's").hasValue(1);
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        assertThatThrownBy(() -> lists.answer(jane, 1, plain, () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");

        lists.answer(jane, 1, plain, counted(1));
        assertThat(computed).hasValue(1);
        assertThat(lists.answers()).isEqualTo(1);
    }

    @Test
    void theBoundInBytesEvictsUsers() {
        RememberedLists small = new RememberedLists(Clock.systemUTC(), 10 * (RememberedAnswers.OVERHEAD + 2), Optional.empty());
        for (int user = 1; user <= 50; user++) {
            small.answer(new UserId(user), 1, Shape.plain(1000, null), counted(1));
        }
        assertThat(small.answers()).isBetween(1L, 10L);
    }

    @Test
    void atMostSixteenShapesPerOwnerAndVersionAndAnOwnerNotAskedForTenMinutesIsForgotten() {
        Instant[] now = {Instant.parse("2026-12-02T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RememberedLists ticking = new RememberedLists(clock, 64L << 20, Optional.empty());
        for (int page = 0; page < RememberedAnswers.MAX_SHAPES_PER_OWNER + 4; page++) {
            ticking.answer(jane, 1, Shape.page(page * 20L, 20, null), counted(1));
        }
        assertThat(ticking.answers()).isEqualTo(RememberedAnswers.MAX_SHAPES_PER_OWNER);
        ticking.answer(jane, 1, Shape.page(0, 20, null), counted(2));
        assertThat(computed).as("the first sixteen remembered").hasValue(RememberedAnswers.MAX_SHAPES_PER_OWNER + 4);

        ticking.answer(john, 1, plain, counted(3));
        now[0] = now[0].plus(RememberedAnswers.IDLE_AT_MOST.minusMinutes(1));
        ticking.answer(john, 1, plain, counted(4)); // john asked again: kept
        now[0] = now[0].plusSeconds(61);
        assertThat(ticking.answers()).as("jane's forgotten, john's kept").isEqualTo(1);
        ticking.answer(jane, 1, Shape.page(0, 20, null), counted(5));
        assertThat(computed).hasValue(RememberedAnswers.MAX_SHAPES_PER_OWNER + 6);
    }

    @Test
    void theJsonIsWrittenAsItIsWhereverTheListGoes() {
        JsonMapper json = JsonMapper.builder().build();
        SerializedItems<ConversationItem> items = SerializedItems.of(List.of(), SerializedItems.writer(json, ConversationItem.class));
        assertThat(items.text()).isEqualTo("[]");
        assertThat(json.writeValueAsString(items)).isEqualTo("[]");
        assertThat(json.writeValueAsString(java.util.Map.of("results", items))).isEqualTo("{\"results\":[]}");
        assertThat(items).hasToString("0 items as 2 bytes of JSON");
    }

    @Test
    void historiesAreRememberedPerConversationApartFromListsUnderTheirOwnName() {
        RememberedHistories histories = new RememberedHistories(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC),
                64L << 20, Optional.of(meters));
        RememberedHistories.Shape newest = RememberedHistories.Shape.before(null, 50, "http://localhost:8000");
        RememberedHistories.Answer page = histories.answer(41, 2, newest, () -> history(1));
        lists.answer(new UserId(41), 2, plain, counted(1)); // a user whose id is the conversation's: another class

        assertThat(histories.answer(41, 2, newest, () -> history(2))).isSameAs(page);
        assertThat(histories.answer(41, 2, RememberedHistories.Shape.plain(50, "http://localhost:8000"), () -> history(3)))
                .as("the plain array is not the page of the same size").isNotSameAs(page);
        assertThat(histories.answer(41, 2, RememberedHistories.Shape.before(99L, 50, "http://localhost:8000"),
                () -> history(4)).first()).as("another cursor").isEqualTo(4);
        assertThat(histories.answer(41, 2, RememberedHistories.Shape.after(99L, 50, "http://localhost:8000"),
                () -> history(5)).first()).as("the other direction").isEqualTo(5);
        assertThat(histories.answer(41, 3, newest, () -> history(6)).first()).as("a newer version").isEqualTo(6);
        assertThat(histories.answers()).as("version 2's four dropped").isEqualTo(1);
        assertThat(lists.answers()).isEqualTo(1);
        assertThat(meters.get("cache.gets").tag("cache", "conversations.histories").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
        assertThat(meters.get("cache.gets").tag("cache", "conversations.histories").tag("result", "miss").functionCounter().count())
                .isEqualTo(5);
        assertThat(meters.get("cache.gets").tag("cache", "conversations.lists").tag("result", "miss").functionCounter().count())
                .isEqualTo(1);
    }

    /** A history page whose first id tells which computation made it (its JSON: an empty array). */
    private static RememberedHistories.Answer history(long first) {
        return new RememberedHistories.Answer(SerializedItems.of(List.<MessageItem>of(),
                SerializedItems.writer(JsonMapper.builder().build(), MessageItem.class)), false, false, first, first);
    }

    private Supplier<Answer> counted(int size) {
        return () -> {
            computed.incrementAndGet();
            return answer(size);
        };
    }

    /** An answer whose total tells which computation made it (its JSON: an empty array, 2 bytes). */
    private static Answer answer(int total) {
        return new Answer(SerializedItems.of(List.<ConversationItem>of(),
                SerializedItems.writer(JsonMapper.builder().build(), ConversationItem.class)), total);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
