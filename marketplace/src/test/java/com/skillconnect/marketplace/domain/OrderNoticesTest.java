package com.skillconnect.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who hears of an order event and what they read; plain Java, no Spring. */
class OrderNoticesTest {

    private static final UserId CLIENT = new UserId(1);
    private static final UserId FREELANCER = new UserId(2);
    private static final Instant AT = Instant.parse("2025-10-10T11:15:00Z");

    private final OrderNotices notices = new OrderNotices(new KnownParties(
            Map.of(CLIENT, new Party(CLIENT, 11, "Jane Doe")), Map.of(FREELANCER, new Party(FREELANCER, 22, "John Smith"))));

    @Test
    void aNewServiceOrderIsForTheFreelancerInTheDocumentsWords() {
        Notification notification = notices.placed(placed(OrderType.SERVICE, "Website Design"));

        assertThat(notification.recipient()).isEqualTo(FREELANCER);
        assertThat(notification.text()).isEqualTo("New order received from Jane Doe for service 'Website Design'.");
        assertThat(notification.actorName()).isEqualTo("Jane Doe");
        assertThat(notification.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(notification.orderId()).isEqualTo(new OrderId(27));
        assertThat(notification.createdAt()).isEqualTo(AT);
        assertThat(notification.isRead()).isFalse();
        assertThat(notification.id()).isNull();
    }

    @Test
    void aNewApplicationIsForTheClient() {
        Notification notification = notices.placed(placed(OrderType.PROPOSAL, "Mobile App"));

        assertThat(notification.recipient()).isEqualTo(CLIENT);
        assertThat(notification.text()).isEqualTo("New application received from John Smith for proposal 'Mobile App'.");
    }

    @Test
    void aStatusChangeIsForTheOtherPartyOfWhoeverMadeIt() {
        Notification byFreelancer = notices.statusChanged(changed(OrderType.SERVICE, OrderStatus.ACCEPTED, FREELANCER));
        Notification byClient = notices.statusChanged(changed(OrderType.PROPOSAL, OrderStatus.CANCELLED, CLIENT));

        assertThat(byFreelancer.recipient()).isEqualTo(CLIENT);
        assertThat(byFreelancer.text()).isEqualTo("Order for service 'Website Design' was accepted by John Smith.");
        assertThat(byFreelancer.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(byClient.recipient()).isEqualTo(FREELANCER);
        assertThat(byClient.text()).isEqualTo("Application for proposal 'Website Design' was cancelled by Jane Doe.");
    }

    @Test
    void aChangeMarketplaceMadeIsForWhoPlacedTheOrder() {
        Notification rejected = notices.statusChanged(changed(OrderType.PROPOSAL, OrderStatus.REJECTED, null));
        Notification serviceOrder = notices.statusChanged(changed(OrderType.SERVICE, OrderStatus.CANCELLED, null));

        assertThat(rejected.recipient()).isEqualTo(FREELANCER);
        assertThat(rejected.text()).isEqualTo("Application for proposal 'Website Design' was rejected: another application was accepted.");
        assertThat(rejected.actorName()).isEqualTo("Jane Doe");
        assertThat(serviceOrder.recipient()).isEqualTo(CLIENT);
        assertThat(serviceOrder.text()).isEqualTo("Order for service 'Website Design' was cancelled.");
    }

    @Test
    void aPartyWithoutACardOrANameIsNamedByTheirRole() {
        OrderNotices strangers = new OrderNotices(new KnownParties(Map.of(CLIENT, new Party(CLIENT, 11, " ")), Map.of()));

        assertThat(strangers.placed(placed(OrderType.SERVICE, "Logo")).text())
                .isEqualTo("New order received from a client for service 'Logo'.");
        assertThat(strangers.placed(placed(OrderType.PROPOSAL, "Logo")).text())
                .isEqualTo("New application received from a freelancer for proposal 'Logo'.");
    }

    @Test
    void readingIsTheOnlyChange() {
        Notification stored = notices.placed(placed(OrderType.SERVICE, "Logo")).storedAs(new NotificationId(5));

        stored.markRead();

        assertThat(stored.isRead()).isTrue();
        assertThat(stored.id()).isEqualTo(new NotificationId(5));
        assertThat(stored.isAddressedTo(FREELANCER)).isTrue();
        assertThat(stored.isAddressedTo(CLIENT)).isFalse();
    }

    private static OrderPlaced placed(OrderType type, String title) {
        return new OrderPlaced(type, new OrderId(27), 12, CLIENT, new ClientId(11), FREELANCER, new FreelancerId(22), title,
                new BigDecimal("500"), new BigDecimal("500"), 5, AT);
    }

    private static OrderStatusChanged changed(OrderType type, OrderStatus status, UserId by) {
        return new OrderStatusChanged(type, new OrderId(27), 12, CLIENT, new ClientId(11), FREELANCER, new FreelancerId(22),
                "Website Design", new BigDecimal("500"), new BigDecimal("500"), 5, OrderStatus.PENDING, status, by, AT);
    }

    /** Cards by user. */
    private record KnownParties(Map<UserId, Party> clients, Map<UserId, Party> freelancers) implements Parties {

        @Override
        public void keep(ProfileCardChanged card) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Party> freelancer(UserId user) {
            return Optional.ofNullable(freelancers.get(user));
        }

        @Override
        public Optional<Party> client(UserId user) {
            return Optional.ofNullable(clients.get(user));
        }
    }
}
