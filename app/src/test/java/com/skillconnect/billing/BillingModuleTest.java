package com.skillconnect.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.billing.application.Contracting;
import com.skillconnect.billing.application.PaymentRequesting;
import com.skillconnect.billing.application.PaymentSettlement;
import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.billing.domain.ContractTerms;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.ConversationOpened;
import com.skillconnect.conversations.PaymentMessageRequested;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.PaymentMessageStatusChanged;
import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.marketplace.NotificationRequested;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The billing module on its own (plus {@code app}): it keeps its copy of marketplace's orders (only an accepted
 * order's parties contract) and of talent's names, each exactly once however often an event is delivered, the latest
 * change winning; it keeps which conversation is an order's from conversations' {@link ConversationOpened} (once,
 * whatever a replay says) and lets a payment request name only that one; and it publishes {@link PaymentRequested}
 * when a contract's freelancer asks for a payment, {@link PaymentStatusChanged} when the request is rejected or paid
 * (with each, conversations' {@link PaymentMessageRequested} or {@link PaymentMessageStatusChanged} for the payment
 * message), {@link ContractChanged} when a contract is created or changes, and, listening to its own
 * {@link PaymentStatusChanged}, asks marketplace with a {@link NotificationRequested} to tell the freelancer of a
 * completed payment.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class BillingModuleTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompletedEventPublications completed;
    @Autowired
    Contracting contracting;
    @Autowired
    PaymentRequesting requesting;
    @Autowired
    PaymentSettlement settlement;

    @Test
    void aPlacedOrderIsKeptAndALateOrReplayedEventChangesNothing(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        OrderPlaced placed = new OrderPlaced(order.type, order.id, 7, order.clientUser, order.client,
                order.freelancerUser, order.freelancer, "Mobile App", new BigDecimal("10000"), new BigDecimal("30000"), 7,
                T0);

        scenario.publish(placed).andWaitForStateChange(() -> orderRow(order))
                .andVerify(row -> assertThat(row).containsEntry("title", "Mobile App").containsEntry("status", "PENDING")
                        .containsEntry("client_user_id", order.clientUser.value())
                        .containsEntry("freelancer_id", order.freelancer.value()));
        OrderStatusChanged accepted = changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 5);
        scenario.publish(accepted).andWaitForStateChange(() -> orderRow(order), row -> "ACCEPTED".equals(row.get("status")));
        scenario.publish(placed)
                .andWaitForStateChange(() -> completedDeliveriesOf(placed), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(orderRow(order)).containsEntry("status", "ACCEPTED"));
        scenario.publish(accepted)
                .andWaitForStateChange(() -> completedDeliveriesOf(accepted), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(jdbc.queryForObject(
                        "select count(*) from billing.order_ref where order_id = ?", Integer.class, order.id.value()))
                        .isEqualTo(1));
    }

    @Test
    void anAcceptedOrderLetsItsPartiesContract(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1))
                .andWaitForStateChange(() -> orderRow(order))
                .andVerify(row -> assertThat(contract(order).status()).isEqualTo(ContractStatus.PENDING));
    }

    @Test
    void aCardIsKeptAndALateOlderOneChangesNothing(Scenario scenario) {
        UserId user = new UserId(newId());
        FreelancerId freelancer = new FreelancerId(newId());
        ProfileCardChanged late = ProfileCardChanged.ofFreelancer(user, freelancer, "Old", "Name", null, "Pune", "India",
                List.of(), true, T0);

        scenario.publish(ProfileCardChanged.ofFreelancer(user, freelancer, "John", "Doe", null, "Pune", "India",
                List.of("Java"), true, T0.plusSeconds(10))).andWaitForStateChange(() -> card(user));
        scenario.publish(late)
                .andWaitForStateChange(() -> completedDeliveriesOf(late), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(card(user)).containsExactly("John", "Doe"));
    }

    @Test
    void askingForAPaymentPublishesPaymentRequested(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);

        scenario.stimulate(() -> requesting.request(order.freelancerUser, contract.id().value(),
                        new Money(new BigDecimal("5000")), "First half", PaymentMethod.RAZORPAY, OptionalLong.empty()))
                .andWaitForEventOfType(PaymentRequested.class)
                .matching(requested -> requested.orderId().equals(order.id))
                .toArriveAndVerify((requested, view) -> {
                    assertThat(requested.paymentRequest().value()).isEqualTo(view.id());
                    assertThat(requested.requestedBy()).isEqualTo(order.freelancerUser);
                    assertThat(requested.payer()).isEqualTo(order.clientUser);
                    assertThat(requested.amount()).isEqualByComparingTo("5000");
                    assertThat(requested.description()).isEqualTo("First half");
                    assertThat(requested.status()).isEqualTo(PaymentStatus.PENDING);
                });
    }

    @Test
    void askingForAPaymentAsksConversationsForItsPaymentMessage(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);

        scenario.stimulate(() -> requesting.request(order.freelancerUser, contract.id().value(),
                        new Money(new BigDecimal("2500.50")), "Advance", PaymentMethod.UPI, OptionalLong.empty()))
                .andWaitForEventOfType(PaymentMessageRequested.class)
                .matching(requested -> requested.orderId().equals(order.id))
                .toArriveAndVerify((requested, view) -> {
                    assertThat(requested.paymentRequest()).isEqualTo(new PaymentRequestRef(view.id()));
                    assertThat(requested.requestedBy()).isEqualTo(order.freelancerUser);
                    assertThat(requested.amount()).isEqualByComparingTo("2500.50");
                    assertThat(requested.description()).isEqualTo("Advance");
                    assertThat(requested.status()).isEqualTo(PaymentMessageStatus.PENDING);
                    assertThat(requested.requestedAt()).isEqualTo(view.createdAt());
                });
    }

    @Test
    void anOrdersConversationIsKeptOnceAndIsTheOnlyOneAPaymentRequestNames(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);
        ConversationId conversation = new ConversationId(newId());
        ConversationOpened opened = new ConversationOpened(conversation, order.type, order.id, order.clientUser,
                order.freelancerUser, T0);
        assertThat(refusedCode(() -> ask(order, contract, OptionalLong.of(conversation.value()))))
                .as("no conversation of the order known yet").isEqualTo(BillingCodes.NOT_ORDERS_CONVERSATION);

        scenario.publish(opened).andWaitForStateChange(() -> conversationOf(order))
                .andVerify(kept -> assertThat(kept).isEqualTo(conversation.value()));
        scenario.publish(opened)
                .andWaitForStateChange(() -> completedDeliveriesOf(opened), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(jdbc.queryForObject(
                        "select count(*) from billing.order_conversation where order_id = ?", Integer.class,
                        order.id.value())).isEqualTo(1));
        ConversationOpened another = new ConversationOpened(new ConversationId(newId()), order.type, order.id,
                order.clientUser, order.freelancerUser, T0.plusSeconds(5));
        scenario.publish(another)
                .andWaitForStateChange(() -> completedDeliveriesOf(another), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(conversationOf(order)).as("the first stays")
                        .isEqualTo(conversation.value()));

        assertThat(refusedCode(() -> ask(order, contract, OptionalLong.of(another.conversation().value()))))
                .as("another conversation").isEqualTo(BillingCodes.NOT_ORDERS_CONVERSATION);
        assertThat(jdbc.queryForObject("select count(*) from billing.payment_request where contract_id = ?",
                Integer.class, contract.id().value())).as("nothing stored").isZero();
        assertThat(ask(order, contract, OptionalLong.of(conversation.value())).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(ask(order, contract, OptionalLong.empty()).status()).as("naming none").isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void rejectingAPaymentRequestPublishesPaymentStatusChanged(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);
        PaymentRequestView request = requesting.request(order.freelancerUser, contract.id().value(),
                new Money(new BigDecimal("5000")), "", PaymentMethod.UPI, OptionalLong.empty());

        scenario.stimulate(() -> requesting.reject(order.clientUser, request.id()))
                .andWaitForEventOfType(PaymentStatusChanged.class)
                .matching(changed -> changed.paymentRequest().value() == request.id())
                .toArriveAndVerify(changed -> {
                    assertThat(changed.status()).isEqualTo(PaymentStatus.REJECTED);
                    assertThat(changed.orderId()).isEqualTo(order.id);
                });
    }

    @Test
    void rejectingAPaymentRequestTellsConversationsItsPaymentMessagesStatus(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);
        PaymentRequestView request = ask(order, contract, OptionalLong.empty());

        scenario.stimulate(() -> requesting.reject(order.clientUser, request.id()))
                .andWaitForEventOfType(PaymentMessageStatusChanged.class)
                .matching(changed -> changed.paymentRequest().value() == request.id())
                .toArriveAndVerify((changed, view) -> {
                    assertThat(changed.status()).isEqualTo(PaymentMessageStatus.REJECTED);
                    assertThat(changed.orderId()).isEqualTo(order.id);
                    assertThat(changed.changedAt()).isEqualTo(view.updatedAt());
                });
    }

    @Test
    void aVerifiedPaymentCompletesTheRequestOnceAndPaysTheContract(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);
        PaymentRequestView request = requesting.request(order.freelancerUser, contract.id().value(),
                new Money(new BigDecimal("20000")), "All of it", PaymentMethod.RAZORPAY, OptionalLong.empty());
        PaymentRequestId id = new PaymentRequestId(request.id());

        scenario.stimulate(() -> settlement.paid(id, "pay_ABC"))
                .andWaitForEventOfType(PaymentStatusChanged.class)
                .matching(changed -> changed.paymentRequest().equals(id))
                .toArriveAndVerify((changed, completedNow) -> {
                    assertThat(completedNow).isTrue();
                    assertThat(changed.status()).isEqualTo(PaymentStatus.COMPLETED);
                    assertThat(contracting.one(order.clientUser, contract.id().value()).workflow())
                            .isEqualTo(WorkflowStatus.PAID);
                });
        assertThat(settlement.paid(id, "pay_ABC")).as("the same payment again").isFalse();
        assertThat(settlement.failed(id)).as("a failure never undoes a completion").isFalse();
        assertThat(requesting.one(order.clientUser, request.id()).transactionId()).isEqualTo("pay_ABC");
    }

    @Test
    void creatingAContractPublishesContractChanged(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));

        scenario.stimulate(() -> contract(order))
                .andWaitForEventOfType(ContractChanged.class)
                .matching(changed -> changed.orderId().equals(order.id))
                .toArriveAndVerify((changed, contract) -> {
                    assertThat(changed.contract()).isEqualTo(contract.id());
                    assertThat(changed.orderType()).isEqualTo(OrderType.PROPOSAL);
                    assertThat(changed.clientUser()).isEqualTo(order.clientUser);
                    assertThat(changed.freelancerUser()).isEqualTo(order.freelancerUser);
                    assertThat(changed.changedAt()).isEqualTo(contract.updatedAt());
                });
    }

    @Test
    void aCompletedPaymentAsksMarketplaceToNotifyTheFreelancerOncePerRequest(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(ProfileCardChanged.ofClient(order.clientUser, order.client, "Jane", "Smith", null, "Pune",
                "individual", null, "India", null, T0)).andWaitForStateChange(() -> card(order.clientUser));
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, 1)).andWaitForStateChange(() -> orderRow(order));
        Contract contract = acceptedContract(order);
        PaymentRequestView request = requesting.request(order.freelancerUser, contract.id().value(),
                new Money(new BigDecimal("1500.5")), "Half", PaymentMethod.RAZORPAY, OptionalLong.empty());
        PaymentRequestId id = new PaymentRequestId(request.id());

        scenario.stimulate(() -> settlement.paid(id, "pay_XYZ"))
                .andWaitForEventOfType(NotificationRequested.class)
                .matching(requested -> requested.orderId().equals(order.id))
                .toArriveAndVerify(requested -> {
                    assertThat(requested.recipient()).isEqualTo(order.freelancerUser);
                    assertThat(requested.orderType()).isEqualTo(OrderType.SERVICE);
                    assertThat(requested.status()).isEqualTo(OrderStatus.ACCEPTED);
                    assertThat(requested.topic()).isEqualTo("payment_request:" + id.value());
                    assertThat(requested.title()).isEqualTo("Logo");
                    assertThat(requested.text()).isEqualTo("Payment of ₹1,500.50 received from Jane Smith for contract #"
                            + contract.id().value() + " ('Logo').");
                    assertThat(requested.actorName()).isEqualTo("Jane Smith");
                });
    }

    /** A pending contract of the order, created by its client. */
    private Contract contract(Order order) {
        return contracting.create(order.clientUser, order.type, order.id.value(), new ContractTerms(
                new Money(new BigDecimal("20000")), LocalDate.now(ZoneOffset.UTC).plusDays(30), "100% upon completion",
                ""), ContractStatus.PENDING, WorkflowStatus.PLANNING);
    }

    private Contract acceptedContract(Order order) {
        return contracting.accept(order.freelancerUser, contract(order).id().value());
    }

    /** The order's freelancer asks for 100 on the contract, naming the conversation (or none). */
    private PaymentRequestView ask(Order order, Contract contract, OptionalLong conversation) {
        return requesting.request(order.freelancerUser, contract.id().value(), new Money(new BigDecimal("100")), "",
                PaymentMethod.RAZORPAY, conversation);
    }

    /** The code of the one violation the action is refused with. */
    private static String refusedCode(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException refused) {
            assertThat(refused.violations()).hasSize(1);
            return refused.violations().getFirst().code();
        }
        throw new AssertionError("Not refused");
    }

    private Long conversationOf(Order order) {
        List<Long> rows = jdbc.queryForList("select conversation_id from billing.order_conversation where order_id = ?",
                Long.class, order.id.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** An order between two fresh users, with ids far above what the sequences hand out in the shared database. */
    private static final class Order {

        final OrderType type;
        final OrderId id = new OrderId(newId());
        final UserId clientUser = new UserId(newId());
        final ClientId client = new ClientId(newId());
        final UserId freelancerUser = new UserId(newId());
        final FreelancerId freelancer = new FreelancerId(newId());

        Order(OrderType type) {
            this.type = type;
        }
    }

    private static OrderStatusChanged changed(Order order, OrderStatus previous, OrderStatus status, int seconds) {
        return new OrderStatusChanged(order.type, order.id, 7, order.clientUser, order.client, order.freelancerUser,
                order.freelancer, "Logo", new BigDecimal("500.00"), new BigDecimal("500.00"), 5, previous, status,
                order.freelancerUser, T0.plusSeconds(seconds));
    }

    private Map<String, Object> orderRow(Order order) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from billing.order_ref where order_id = ?",
                order.id.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private List<String> card(UserId user) {
        List<List<String>> rows = jdbc.query("select first_name, last_name from billing.profile_card where user_id = ?",
                (row, n) -> List.of(row.getString(1), row.getString(2)), user.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private long completedDeliveriesOf(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
    }

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
