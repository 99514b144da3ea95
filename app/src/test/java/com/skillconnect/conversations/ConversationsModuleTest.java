package com.skillconnect.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.app.test.PublishedEvents;
import com.skillconnect.conversations.application.ConversationAnnouncer;
import com.skillconnect.conversations.application.ConversationInbox;
import com.skillconnect.conversations.application.ConversationOpening;
import com.skillconnect.conversations.application.ConversationOpening.Opened;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The conversations module on its own (plus {@code app}): it keeps its copy of marketplace's orders and talent's
 * cards, opens an order's conversation when the order is accepted (publishing {@link ConversationOpened} once per
 * conversation), and turns the payment requests announced with its own {@link PaymentMessageRequested} and
 * {@link PaymentMessageStatusChanged} (billing publishes them) into payment messages — each exactly once however often
 * an event is delivered, the latest change winning.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
@Import(PublishedEvents.class)
class ConversationsModuleTest {

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
    ConversationInbox inbox;
    @Autowired
    ConversationOpening opening;
    @Autowired
    PublishedEvents published;
    @Autowired
    ConversationAnnouncer announcer;

    @Test
    void anAcceptedOrderOpensOneConversationEvenWhenTheEventIsDeliveredTwice(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        OrderStatusChanged accepted = changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, "Website Design", 1);

        scenario.publish(accepted).andWaitForStateChange(() -> conversationsOf(order))
                .andVerify(ids -> assertThat(ids).hasSize(1));
        scenario.publish(accepted)
                .andWaitForStateChange(() -> completedDeliveriesOf(accepted), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(conversationsOf(order)).hasSize(1));
        assertThat(jdbc.queryForList("select user_id from conversations.participant where conversation_id = ? order by role",
                Long.class, conversationsOf(order).getFirst()))
                .containsExactly(order.clientUser.value(), order.freelancerUser.value());
        assertThat(opened(order)).as("one ConversationOpened for the order").singleElement()
                .extracting(ConversationOpened::conversation)
                .isEqualTo(new ConversationId(conversationsOf(order).getFirst()));
    }

    @Test
    void openingAConversationPublishesConversationOpenedOnceHoweverOftenItIsOpened(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(placed(order)).andWaitForStateChange(() -> orderRow(order));

        scenario.stimulate(() -> opening.open(order.clientUser, order.type, order.id.value()))
                .andWaitForEventOfType(ConversationOpened.class)
                .matching(opened -> opened.orderId().equals(order.id))
                .toArriveAndVerify((opened, answer) -> {
                    assertThat(answer.created()).isTrue();
                    assertThat(opened.conversation().value()).isEqualTo(answer.conversation().id());
                    assertThat(opened.orderType()).isEqualTo(OrderType.PROPOSAL);
                    assertThat(opened.clientUser()).isEqualTo(order.clientUser);
                    assertThat(opened.freelancerUser()).isEqualTo(order.freelancerUser);
                    assertThat(opened.openedAt()).isEqualTo(answer.conversation().createdAt());
                });
        Opened again = opening.open(order.freelancerUser, order.type, order.id.value());
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, "Mobile App", 1))
                .andWaitForStateChange(() -> orderRow(order), row -> "ACCEPTED".equals(row.get("status")));
        opening.openFor(order.id);

        assertThat(again.created()).isFalse();
        assertThat(conversationsOf(order)).containsExactly(again.conversation().id());
        assertThat(opened(order)).as("opened once, published once").hasSize(1);
    }

    @Test
    void aConversationStoredBeforeConversationOpenedIsAnnouncedOnce() {
        Order order = new Order(OrderType.SERVICE);
        long id = newId();
        Instant created = T0.minusSeconds(86_400);
        // as a database of an earlier version holds it: stored without an event, so not announced
        jdbc.update("""
                insert into conversations.conversation (id, order_id, order_type, client_user_id, freelancer_user_id,
                    created_at, updated_at) values (?, ?, 'SERVICE', ?, ?, ?, ?)""", id, order.id.value(),
                order.clientUser.value(), order.freelancerUser.value(), Timestamp.from(created), Timestamp.from(created));
        assertThat(announced(id)).isFalse();

        announceAll();

        // (the start-up run may have taken it: it is held until announced, then the wait ends at once)
        await().atMost(Duration.ofSeconds(10)).until(() -> announced(id));
        assertThat(opened(order)).as("announced once, as it was opened").containsExactly(new ConversationOpened(
                new ConversationId(id), OrderType.SERVICE, order.id, order.clientUser, order.freelancerUser, created));
        assertThat(announcer.announceNextBatch(ConversationAnnouncer.BATCH)).as("nothing left").isZero();
        assertThat(opened(order)).hasSize(1);
    }

    @Test
    void aConversationOpenedSinceIsStoredAnnouncedAndNeverAnnouncedAgain(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(placed(order)).andWaitForStateChange(() -> orderRow(order));
        Opened opened = opening.open(order.clientUser, order.type, order.id.value());

        assertThat(announced(opened.conversation().id())).as("announced by its opening").isTrue();
        announceAll();
        assertThat(opened(order)).as("only by its opening").hasSize(1);
    }

    @Test
    void aPlacedOrderIsKeptAndOpensNothingTheLatestChangeWinning(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        OrderPlaced placed = placed(order);

        scenario.publish(placed).andWaitForStateChange(() -> orderRow(order))
                .andVerify(row -> assertThat(row).containsEntry("title", "Mobile App").containsEntry("status", "PENDING"));
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.REJECTED, "Renamed", 5))
                .andWaitForStateChange(() -> orderRow(order), row -> "REJECTED".equals(row.get("status")));
        scenario.publish(placed)
                .andWaitForStateChange(() -> completedDeliveriesOf(placed), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(orderRow(order)).containsEntry("title", "Renamed")
                        .containsEntry("status", "REJECTED"));
        assertThat(conversationsOf(order)).as("a rejected order has no conversation").isNull();
    }

    @Test
    void aCardIsKeptAndALateOlderOneChangesNothing(Scenario scenario) {
        UserId user = new UserId(newId());
        ClientId client = new ClientId(newId());
        ProfileCardChanged late = ProfileCardChanged.ofClient(user, client, "Old", "Name", null, "Pune", "individual",
                null, "India", null, T0);

        scenario.publish(ProfileCardChanged.ofClient(user, client, "Jane", "Doe", "/media/profiles/j.png", "Pune",
                "individual", null, "India", null, T0.plusSeconds(10))).andWaitForStateChange(() -> card(client));
        scenario.publish(late)
                .andWaitForStateChange(() -> completedDeliveriesOf(late), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(card(client)).containsExactly("Jane", "Doe", "/media/profiles/j.png"));
    }

    @Test
    void aPaymentRequestBecomesOnePaymentMessageEvenWhenReplayed(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, "Logo", 1))
                .andWaitForStateChange(() -> conversationsOf(order));
        PaymentMessageRequested requested = requested(order);

        scenario.publish(requested).andWaitForStateChange(() -> paymentMessages(requested.paymentRequest()))
                .andVerify(rows -> assertThat(rows).containsExactly(List.of(order.freelancerUser.value(), "PAYMENT",
                        "Final payment due", "20000.00", "pending")));
        scenario.publish(requested)
                .andWaitForStateChange(() -> completedDeliveriesOf(requested), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(paymentMessages(requested.paymentRequest())).hasSize(1));
        assertThat(jdbc.queryForObject("select unread_count from conversations.participant where user_id = ?",
                Integer.class, order.clientUser.value())).as("the payer's unread count").isEqualTo(1);
    }

    @Test
    void aPaymentRequestOnAnOrderWithoutAConversationOpensIt(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(changed(order, OrderStatus.ACCEPTED, OrderStatus.COMPLETED, "Logo", 1))
                .andWaitForStateChange(() -> orderRow(order));
        PaymentMessageRequested requested = requested(order);

        scenario.publish(requested).andWaitForStateChange(() -> paymentMessages(requested.paymentRequest()))
                .andVerify(rows -> assertThat(conversationsOf(order)).hasSize(1));
    }

    @Test
    void aPaymentStatusChangeUpdatesTheMessageTheLatestChangeWinning(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, "Logo", 1))
                .andWaitForStateChange(() -> conversationsOf(order));
        PaymentMessageRequested requested = requested(order);
        scenario.publish(requested).andWaitForStateChange(() -> paymentMessages(requested.paymentRequest()));
        PaymentMessageStatusChanged failed = new PaymentMessageStatusChanged(requested.paymentRequest(), order.id,
                PaymentMessageStatus.FAILED, T0.plusSeconds(20));
        PaymentMessageStatusChanged completedLater = new PaymentMessageStatusChanged(requested.paymentRequest(),
                order.id, PaymentMessageStatus.COMPLETED, T0.plusSeconds(30));

        scenario.publish(completedLater).andWaitForStateChange(() -> paymentStatus(requested.paymentRequest()),
                status -> status.equals("completed"));
        scenario.publish(failed)
                .andWaitForStateChange(() -> completedDeliveriesOf(failed), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(paymentStatus(requested.paymentRequest())).isEqualTo("completed"));
        scenario.publish(completedLater)
                .andWaitForStateChange(() -> completedDeliveriesOf(completedLater), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(paymentStatus(requested.paymentRequest())).isEqualTo("completed"));
    }

    @Test
    void theListShowsTheCardsOrderAndNewestMessageAsTheyChange(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(ProfileCardChanged.ofClient(order.clientUser, order.client, "Jane", "Doe",
                "/media/profiles/a.png", "Pune", "individual", null, "India", null, T0))
                .andWaitForStateChange(() -> card(order.client));
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, "Logo", 1))
                .andWaitForStateChange(() -> conversationsOf(order));
        assertThat(listed(order)).extracting(ConversationView::clientName, ConversationView::freelancerName,
                ConversationView::title, ConversationView::lastMessage).containsExactly("Jane Doe", "", "Logo", null);

        scenario.publish(ProfileCardChanged.ofFreelancer(order.freelancerUser, order.freelancer, "John", "Roe",
                "/media/profiles/f.png", "Kochi", "India", List.of(), true, T0))
                .andWaitForStateChange(() -> listed(order).freelancerName(), name -> name.equals("John Roe"))
                .andVerify(name -> assertThat(listed(order).freelancerPicture()).isEqualTo("/media/profiles/f.png"));
        scenario.publish(ProfileCardChanged.ofClient(order.clientUser, order.client, "Janet", "Doe",
                "/media/profiles/j.png", "Pune", "individual", null, "India", null, T0.plusSeconds(5)))
                .andWaitForStateChange(() -> listed(order).clientName(), name -> name.equals("Janet Doe"))
                .andVerify(name -> assertThat(listed(order).clientPicture()).isEqualTo("/media/profiles/j.png"));
        scenario.publish(changed(order, OrderStatus.ACCEPTED, OrderStatus.COMPLETED, "Logo, final", 2))
                .andWaitForStateChange(() -> listed(order).title(), title -> title.equals("Logo, final"));
        PaymentMessageRequested requested = requested(order);
        scenario.publish(requested).andWaitForStateChange(() -> listed(order).lastMessage())
                .andVerify(last -> assertThat(last).extracting(ConversationView.LastMessage::content,
                        ConversationView.LastMessage::senderId).containsExactly("Final payment due",
                        order.freelancerUser.value()));

        ConversationView shown = listed(order);
        assertThat(inbox.one(order.clientUser, shown.id())).as("one conversation reads the same copy").isEqualTo(shown);
        assertThat(shown.lastMessage().id()).isEqualTo(jdbc.queryForObject(
                "select max(id) from conversations.message where conversation_id = ?", Long.class, shown.id()));
        assertThat(shown.unreadCount()).isEqualTo(1);
        assertThat(inbox.recent(order.freelancerUser, 10)).extracting(ConversationView::unreadCount).containsExactly(0);
    }

    /** The client's only conversation as their list shows it (null: none yet). */
    private ConversationView listed(Order order) {
        List<ConversationView> list = inbox.recent(order.clientUser, 10);
        return list.isEmpty() ? null : list.getFirst();
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

    private static OrderStatusChanged changed(Order order, OrderStatus previous, OrderStatus status, String title,
            int seconds) {
        return new OrderStatusChanged(order.type, order.id, 7, order.clientUser, order.client, order.freelancerUser,
                order.freelancer, title, new BigDecimal("500.00"), new BigDecimal("500.00"), 5, previous, status,
                order.freelancerUser, T0.plusSeconds(seconds));
    }

    private static PaymentMessageRequested requested(Order order) {
        return new PaymentMessageRequested(new PaymentRequestRef(newId()), order.id, order.freelancerUser,
                new BigDecimal("20000.00"), "Final payment due", PaymentMessageStatus.PENDING, T0.plusSeconds(10));
    }

    /** The ConversationOpened events published for the order so far. */
    private List<ConversationOpened> opened(Order order) {
        return published.ofType(ConversationOpened.class).stream().filter(opened -> opened.orderId().equals(order.id))
                .toList();
    }

    private void announceAll() {
        while (announcer.announceNextBatch(ConversationAnnouncer.BATCH) > 0) {
            // the next batch
        }
    }

    private boolean announced(long conversation) {
        return jdbc.queryForObject("select announced from conversations.conversation where id = ?", Boolean.class,
                conversation);
    }

    private List<Long> conversationsOf(Order order) {
        List<Long> ids = jdbc.queryForList("select id from conversations.conversation where order_id = ?", Long.class,
                order.id.value());
        return ids.isEmpty() ? null : ids;
    }

    /** Marketplace's event for {@code order}, a "Mobile App" of $10,000-30,000 in 7 days. */
    private static OrderPlaced placed(Order order) {
        return new OrderPlaced(order.type, order.id, 7, order.clientUser, order.client, order.freelancerUser,
                order.freelancer, "Mobile App", new BigDecimal("10000.00"), new BigDecimal("30000.00"), 7, T0);
    }

    private Map<String, Object> orderRow(Order order) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from conversations.order_ref where order_id = ?",
                order.id.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private List<Object> card(ClientId client) {
        List<List<Object>> rows = jdbc.query("""
                select first_name, last_name, picture_url from conversations.profile_card
                where role = 'CLIENT' and profile_id = ?""",
                (row, n) -> List.<Object>of(row.getString(1), row.getString(2), row.getString(3)), client.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private List<List<Object>> paymentMessages(PaymentRequestRef request) {
        List<List<Object>> rows = jdbc.query("""
                select sender_user_id, message_type, content, payment_amount, payment_status from conversations.message
                where payment_request_id = ?""", (row, n) -> List.<Object>of(row.getLong(1), row.getString(2),
                row.getString(3), row.getBigDecimal(4).toPlainString(), row.getString(5)), request.value());
        return rows.isEmpty() ? null : rows;
    }

    private String paymentStatus(PaymentRequestRef request) {
        return jdbc.queryForObject("select payment_status from conversations.message where payment_request_id = ?",
                String.class, request.value());
    }

    private long completedDeliveriesOf(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
    }

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
