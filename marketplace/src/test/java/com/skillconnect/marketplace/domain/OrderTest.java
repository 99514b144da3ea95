package com.skillconnect.marketplace.domain;

import static com.skillconnect.marketplace.OrderStatus.ACCEPTED;
import static com.skillconnect.marketplace.OrderStatus.CANCELLED;
import static com.skillconnect.marketplace.OrderStatus.COMPLETED;
import static com.skillconnect.marketplace.OrderStatus.PENDING;
import static com.skillconnect.marketplace.OrderStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The order's state machine, for both kinds of order: every status, every change asked for, by each party. */
class OrderTest {

    static final UserId CLIENT = new UserId(10);
    static final UserId FREELANCER = new UserId(20);
    static final UserId STRANGER = new UserId(30);
    static final Instant PLACED = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant LATER = PLACED.plusSeconds(3600);

    enum Actor { DECIDER, REQUESTER }

    /**
     * The transition table of ADR 21: from a status, asked for a status, by a party → allowed (null) or the
     * refusal's code.
     */
    static String expected(OrderStatus from, OrderStatus wanted, Actor actor) {
        boolean decider = actor == Actor.DECIDER;
        if (from == wanted) {
            return OrderCodes.ALREADY_IN_STATUS;
        }
        if (from == REJECTED || from == CANCELLED || from == COMPLETED) {
            return OrderCodes.FINAL_STATUS;
        }
        if (from == PENDING) {
            return switch (wanted) {
                case ACCEPTED, REJECTED -> decider ? null : OrderCodes.ONLY_DECIDER;
                case CANCELLED -> decider ? OrderCodes.ONLY_REQUESTER_CANCELS_PENDING : null;
                case COMPLETED -> OrderCodes.NOT_ACCEPTED_YET;
                case PENDING -> throw new AssertionError();
            };
        }
        return switch (wanted) { // from ACCEPTED
            case REJECTED -> OrderCodes.ACCEPTED_NOT_REJECTABLE;
            case CANCELLED -> decider ? null : OrderCodes.ONLY_DECIDER;
            case COMPLETED -> null;
            default -> throw new AssertionError();
        };
    }

    static Stream<Arguments> everyTransition() {
        List<Arguments> all = new ArrayList<>();
        for (OrderType type : OrderType.values()) {
            for (OrderStatus from : OrderStatus.values()) {
                for (OrderStatus wanted : List.of(ACCEPTED, REJECTED, CANCELLED, COMPLETED)) {
                    for (Actor actor : Actor.values()) {
                        all.add(Arguments.of(type, from, wanted, actor, expected(from, wanted, actor)));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} by the {3}: {4}")
    @MethodSource("everyTransition")
    void eachTransitionIsAllowedOrRefusedAsTheTableSays(OrderType type, OrderStatus from, OrderStatus wanted, Actor actor,
            String refusal) {
        Order order = order(type, from);
        UserId by = actor == Actor.DECIDER ? decider(type) : requester(type);

        if (refusal == null) {
            order.changeStatus(wanted, by, LATER);

            assertThat(order.status()).isEqualTo(wanted);
            assertThat(order.updatedAt()).isEqualTo(LATER);
            assertThat(order.takeEvents()).containsExactly(new OrderStatusChanged(type, order.id(), 7, CLIENT,
                    new ClientId(1), FREELANCER, new FreelancerId(2), "Landing page", new BigDecimal("100.00"),
                    type == OrderType.SERVICE ? new BigDecimal("100.00") : new BigDecimal("300.00"), 5, from, wanted, by,
                    LATER));
        } else {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> order.changeStatus(wanted, by, LATER));

            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.violations()).extracting(Violation::code).containsExactly(refusal);
            assertThat(refused.violations().getFirst().isWhole()).isTrue();
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.updatedAt()).isEqualTo(PLACED);
            assertThat(order.takeEvents()).isEmpty();
        }
    }

    @Test
    void theTableAllowsExactlyTheDocumentedChanges() {
        List<String> allowed = everyTransition().filter(arguments -> arguments.get()[4] == null)
                .map(arguments -> arguments.get()[1] + "->" + arguments.get()[2] + " by " + arguments.get()[3])
                .distinct().toList();
        assertThat(allowed).containsExactlyInAnyOrder("PENDING->ACCEPTED by DECIDER", "PENDING->REJECTED by DECIDER",
                "PENDING->CANCELLED by REQUESTER", "ACCEPTED->CANCELLED by DECIDER", "ACCEPTED->COMPLETED by DECIDER",
                "ACCEPTED->COMPLETED by REQUESTER");
    }

    @Test
    void theIntentionMethodsAreTheTransitions() {
        Order order = order(OrderType.SERVICE, PENDING);
        order.accept(FREELANCER, LATER);
        order.complete(CLIENT, LATER);
        assertThat(order.status()).isEqualTo(COMPLETED);

        Order rejected = order(OrderType.PROPOSAL, PENDING);
        rejected.reject(CLIENT, LATER);
        assertThat(rejected.status()).isEqualTo(REJECTED);

        Order withdrawn = order(OrderType.PROPOSAL, PENDING);
        withdrawn.cancel(FREELANCER, LATER);
        assertThat(withdrawn.status()).isEqualTo(CANCELLED);
    }

    @Test
    void theRefusalNamesTheStatusesItIsAbout() {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> order(OrderType.SERVICE, REJECTED).accept(FREELANCER, LATER));
        assertThat(refused.violations().getFirst().args()).containsExactly(REJECTED, ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void aStrangerChangesNothing(OrderType type) {
        Order order = order(type, PENDING);
        assertThatThrownBy(() -> order.accept(STRANGER, LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(PENDING);
        assertThat(order.takeEvents()).isEmpty();
    }

    @Test
    void nothingGoesBackToPending() {
        Order order = order(OrderType.SERVICE, ACCEPTED);
        assertThatThrownBy(() -> order.changeStatus(PENDING, FREELANCER, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUpdateTimeNeverPrecedesTheCreation() {
        Order order = order(OrderType.SERVICE, PENDING);
        order.accept(FREELANCER, PLACED.minusSeconds(60));
        assertThat(order.updatedAt()).isEqualTo(PLACED);
    }

    @Test
    void partiesAndRoles() {
        Order service = order(OrderType.SERVICE, PENDING);
        Order application = order(OrderType.PROPOSAL, PENDING);
        assertThat(service.isDecider(FREELANCER)).isTrue();
        assertThat(service.requester()).isEqualTo(CLIENT);
        assertThat(application.isDecider(CLIENT)).isTrue();
        assertThat(application.requester()).isEqualTo(FREELANCER);
        assertThat(service.involves(STRANGER)).isFalse();
        assertThat(application.involves(CLIENT) && application.involves(FREELANCER)).isTrue();
    }

    @Nested
    class AnotherApplicationAccepted {

        @Test
        void rejectsAPendingApplicationWithoutAnActor() {
            Order order = order(OrderType.PROPOSAL, PENDING);
            order.rejectBecauseAnotherWasAccepted(LATER);

            assertThat(order.status()).isEqualTo(REJECTED);
            assertThat(order.takeEvents()).singleElement().isInstanceOfSatisfying(OrderStatusChanged.class, changed -> {
                assertThat(changed.previous()).isEqualTo(PENDING);
                assertThat(changed.status()).isEqualTo(REJECTED);
                assertThat(changed.changedBy()).isNull();
            });
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
        void touchesNoApplicationThatIsNotPending(OrderStatus status) {
            Order order = order(OrderType.PROPOSAL, status);
            assertThatThrownBy(() -> order.rejectBecauseAnotherWasAccepted(LATER)).isInstanceOf(IllegalStateException.class);
            assertThat(order.status()).isEqualTo(status);
        }

        @Test
        void neverAServiceOrder() {
            Order order = order(OrderType.SERVICE, PENDING);
            assertThatThrownBy(() -> order.rejectBecauseAnotherWasAccepted(LATER)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Placing {

        @Test
        void aServiceOrderIsPendingAndKeepsTheGigsTerms() {
            OrderSubject gig = new OrderSubject(OrderType.SERVICE, 7, FREELANCER, 2,
                    OrderTerms.ofGig("Logo", new BigDecimal("2500.00"), 3, 1, "/media/gigs/logo.png"), true);
            Party client = new Party(CLIENT, 1, "Asha Rao");

            Order order = Order.place(new OrderId(40), gig, client, new OrderMessage("Please start"), PLACED);

            assertThat(order.status()).isEqualTo(PENDING);
            assertThat(order.clientUser()).isEqualTo(CLIENT);
            assertThat(order.freelancer()).isEqualTo(new FreelancerId(2));
            assertThat(order.terms().image()).isEqualTo("/media/gigs/logo.png");
            assertThat(order.takeEvents()).containsExactly(new OrderPlaced(OrderType.SERVICE, new OrderId(40), 7, CLIENT,
                    new ClientId(1), FREELANCER, new FreelancerId(2), "Logo", new BigDecimal("2500.00"),
                    new BigDecimal("2500.00"), 3, PLACED));
        }

        @Test
        void anApplicationIsPendingAndKeepsTheProposalsBudget() {
            OrderSubject proposal = new OrderSubject(OrderType.PROPOSAL, 8, CLIENT, 1,
                    OrderTerms.ofProposal("App", new BigDecimal("10000"), new BigDecimal("30000"), 7, 2), true);

            Order order = Order.place(new OrderId(41), proposal, new Party(FREELANCER, 2, "John Doe"),
                    new OrderMessage(""), PLACED);

            assertThat(order.type()).isEqualTo(OrderType.PROPOSAL);
            assertThat(order.client()).isEqualTo(new ClientId(1));
            assertThat(order.freelancerUser()).isEqualTo(FREELANCER);
            assertThat(order.takeEvents()).singleElement().isInstanceOfSatisfying(OrderPlaced.class, placed -> {
                assertThat(placed.priceMin()).isEqualByComparingTo("10000");
                assertThat(placed.priceMax()).isEqualByComparingTo("30000");
                assertThat(placed.days()).isEqualTo(7);
            });
        }

        @Test
        void nothingThatTakesNoOrders() {
            OrderSubject closed = new OrderSubject(OrderType.PROPOSAL, 8, CLIENT, 1,
                    OrderTerms.ofProposal("App", BigDecimal.ONE, BigDecimal.TEN, 7, 2), false);
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> Order.place(new OrderId(42), closed, new Party(FREELANCER, 2, "John Doe"), new OrderMessage(""), PLACED));
            assertThat(refused.violations()).containsExactly(Violation.of(Order.SUBJECT, OrderCodes.SUBJECT_UNAVAILABLE));
        }

        @Test
        void notOnesOwn() {
            OrderSubject gig = new OrderSubject(OrderType.SERVICE, 7, CLIENT, 2,
                    OrderTerms.ofGig("Logo", BigDecimal.TEN, 3, 1, null), true);
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> Order.place(new OrderId(43), gig, new Party(CLIENT, 1, "Asha Rao"), new OrderMessage(""), PLACED));
            assertThat(refused.violations()).containsExactly(Violation.of(Order.SUBJECT, OrderCodes.OWN_SUBJECT));
        }
    }

    @Nested
    class Message {

        @Test
        void isTrimmedAndMayBeEmptyOrMissing() {
            assertThat(OrderMessage.parse("  Hello  ").value()).isEqualTo(new OrderMessage("Hello"));
            assertThat(OrderMessage.parse(null).value()).isEqualTo(new OrderMessage(""));
        }

        @Test
        void isAtMost2000Characters() {
            assertThat(OrderMessage.parse("x".repeat(2000)).ok()).isTrue();
            assertThat(OrderMessage.parse("x".repeat(2001)).code()).isEqualTo(OrderCodes.MESSAGE_TOO_LONG);
            assertThat(OrderMessage.parse("x".repeat(2001)).args()).containsExactly(2000);
        }
    }

    static Order order(OrderType type, OrderStatus status) {
        OrderTerms terms = type == OrderType.SERVICE
                ? OrderTerms.ofGig("Landing page", new BigDecimal("100.00"), 5, 2, null)
                : OrderTerms.ofProposal("Landing page", new BigDecimal("100.00"), new BigDecimal("300.00"), 5, 2);
        return new Order(new OrderId(99), type, 7, CLIENT, new ClientId(1), FREELANCER, new FreelancerId(2), terms,
                new OrderMessage("Hi"), status, PLACED, PLACED);
    }

    static UserId decider(OrderType type) {
        return type == OrderType.SERVICE ? FREELANCER : CLIENT;
    }

    static UserId requester(OrderType type) {
        return type == OrderType.SERVICE ? CLIENT : FREELANCER;
    }
}
