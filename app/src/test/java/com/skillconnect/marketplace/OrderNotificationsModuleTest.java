package com.skillconnect.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Marketplace's notification listener on its own (plus {@code app}): each order event stores one notification for
 * the party that must act, worded with the names of marketplace's cards, and a replayed event stores nothing more;
 * a notification another module asks for ({@link NotificationRequested}) is stored once per recipient, order and topic.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class OrderNotificationsModuleTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompletedEventPublications completed;

    @Test
    void aNewServiceOrderIsStoredForTheGigsFreelancerWithTheClientsName(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(ProfileCardChanged.ofClient(order.clientUser, order.client, "Jane", "Doe", null, "Pune",
                "individual", null, "India", null, T0)).andWaitForStateChange(() -> clientCards(order.clientUser));

        scenario.publish(placed(order, "Website Design"))
                .andWaitForStateChange(() -> notificationsOf(order))
                .andVerify(rows -> assertThat(rows).containsExactly(List.of(order.freelancerUser.value(), "PENDING",
                        "Website Design", "New order received from Jane Doe for service 'Website Design'.", "Jane Doe",
                        false)));
    }

    @Test
    void aNewApplicationIsStoredForTheProposalsClientEvenWithoutTheFreelancersCard(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);

        scenario.publish(placed(order, "Mobile App"))
                .andWaitForStateChange(() -> notificationsOf(order))
                .andVerify(rows -> assertThat(rows).containsExactly(List.of(order.clientUser.value(), "PENDING",
                        "Mobile App", "New application received from a freelancer for proposal 'Mobile App'.",
                        "a freelancer", false)));
    }

    @Test
    void aStatusChangeIsStoredForTheOtherPartyOfWhoeverMadeIt(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        scenario.publish(ProfileCardChanged.ofFreelancer(order.freelancerUser, order.freelancer, "John", "Smith", null,
                "Mumbai", "India", List.of(), true, T0)).andWaitForStateChange(() -> freelancerCards(order.freelancerUser));

        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, order.freelancerUser))
                .andWaitForStateChange(() -> notificationsOf(order))
                .andVerify(rows -> assertThat(rows).containsExactly(List.of(order.clientUser.value(), "ACCEPTED",
                        "Website Design", "Order for service 'Website Design' was accepted by John Smith.", "John Smith",
                        false)));
        scenario.publish(changed(order, OrderStatus.ACCEPTED, OrderStatus.CANCELLED, order.clientUser))
                .andWaitForStateChange(() -> notificationsOf(order), rows -> rows.size() == 2)
                .andVerify(rows -> assertThat(rows.get(1)).containsExactly(order.freelancerUser.value(), "CANCELLED",
                        "Website Design", "Order for service 'Website Design' was cancelled by a client.", "a client",
                        false));
    }

    @Test
    void anApplicationRejectedBecauseAnotherWasAcceptedIsStoredForItsFreelancer(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);

        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.REJECTED, null))
                .andWaitForStateChange(() -> notificationsOf(order))
                .andVerify(rows -> assertThat(rows).containsExactly(List.of(order.freelancerUser.value(), "REJECTED",
                        "Website Design",
                        "Application for proposal 'Website Design' was rejected: another application was accepted.",
                        "a client", false)));
    }

    @Test
    void aReplayedEventChangesNothing(Scenario scenario) {
        Order order = new Order(OrderType.SERVICE);
        OrderPlaced placed = placed(order, "Logo");
        OrderStatusChanged accepted = changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, order.freelancerUser);
        scenario.publish(placed).andWaitForStateChange(() -> notificationsOf(order));
        scenario.publish(accepted).andWaitForStateChange(() -> notificationsOf(order), rows -> rows.size() == 2);
        List<Long> ids = ids(order);

        scenario.publish(placed)
                .andWaitForStateChange(() -> completedDeliveriesOf(placed), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(ids(order)).isEqualTo(ids));
        scenario.publish(accepted)
                .andWaitForStateChange(() -> completedDeliveriesOf(accepted), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(ids(order)).isEqualTo(ids));
    }

    @Test
    void aRequestedNotificationIsStoredOncePerTopicBesideTheOrdersOwn(Scenario scenario) {
        Order order = new Order(OrderType.PROPOSAL);
        scenario.publish(changed(order, OrderStatus.PENDING, OrderStatus.ACCEPTED, order.clientUser))
                .andWaitForStateChange(() -> notificationsOf(order));
        NotificationRequested paid = requested(order, "payment_request:1", OrderStatus.ACCEPTED, "Payment of ₹500.00 received");

        scenario.publish(paid)
                .andWaitForStateChange(() -> notificationsOf(order), rows -> rows.size() == 2)
                .andVerify(rows -> assertThat(rows.get(1)).containsExactly(order.freelancerUser.value(), "ACCEPTED",
                        "Website Design", "Payment of ₹500.00 received", "Jane Doe", false));
        List<Long> ids = ids(order);
        // replayed, and replayed after the order moved on (the key ignores the status a requested notice shows)
        scenario.publish(paid)
                .andWaitForStateChange(() -> completedDeliveriesOf(paid), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(ids(order)).isEqualTo(ids));
        NotificationRequested later = requested(order, "payment_request:1", OrderStatus.COMPLETED,
                "Payment of ₹500.00 received");
        scenario.publish(later)
                .andWaitForStateChange(() -> completedDeliveriesOf(later), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(ids(order)).isEqualTo(ids));
        // another topic of the same order and status is another notification
        scenario.publish(requested(order, "payment_request:2", OrderStatus.ACCEPTED, "Payment of ₹1.00 received"))
                .andWaitForStateChange(() -> notificationsOf(order), rows -> rows.size() == 3)
                .andVerify(rows -> assertThat(rows.get(2).get(3)).isEqualTo("Payment of ₹1.00 received"));
    }

    private static NotificationRequested requested(Order order, String topic, OrderStatus status, String text) {
        return new NotificationRequested(order.freelancerUser, order.type, order.id, status, topic, "Website Design",
                text, "Jane Doe", T0.plusSeconds(30));
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

    private static OrderPlaced placed(Order order, String title) {
        return new OrderPlaced(order.type, order.id, 7, order.clientUser, order.client, order.freelancerUser,
                order.freelancer, title, new BigDecimal("500.00"), new BigDecimal("500.00"), 5, T0);
    }

    private static OrderStatusChanged changed(Order order, OrderStatus previous, OrderStatus status, UserId by) {
        return new OrderStatusChanged(order.type, order.id, 7, order.clientUser, order.client, order.freelancerUser,
                order.freelancer, "Website Design", new BigDecimal("500.00"), new BigDecimal("500.00"), 5, previous, status,
                by, T0.plusSeconds(status.ordinal()));
    }

    private List<List<Object>> notificationsOf(Order order) {
        List<List<Object>> rows = jdbc.query("""
                select recipient_user_id, status, title, text, actor_name, is_read from marketplace.notification
                where order_type = ? and order_id = ? order by created_at, id""",
                (row, n) -> List.<Object>of(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBoolean(6)),
                order.type.name(), order.id.value());
        return rows.isEmpty() ? null : rows;
    }

    private List<Long> ids(Order order) {
        return jdbc.queryForList("select id from marketplace.notification where order_type = ? and order_id = ? order by id",
                Long.class, order.type.name(), order.id.value());
    }

    private Integer clientCards(UserId user) {
        Integer n = jdbc.queryForObject("select count(*) from marketplace.client_card where user_id = ?", Integer.class, user.value());
        return n == 0 ? null : n;
    }

    private Integer freelancerCards(UserId user) {
        Integer n = jdbc.queryForObject("select count(*) from marketplace.freelancer_card where user_id = ?", Integer.class, user.value());
        return n == 0 ? null : n;
    }

    private long completedDeliveriesOf(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
    }

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
