package com.skillconnect.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.application.GigPosting;
import com.skillconnect.marketplace.application.OrderDecisions;
import com.skillconnect.marketplace.application.OrderPlacement;
import com.skillconnect.marketplace.application.ProposalPosting;
import com.skillconnect.marketplace.domain.GigDetails;
import com.skillconnect.marketplace.domain.ListingForm;
import com.skillconnect.marketplace.domain.OrderMessage;
import com.skillconnect.marketplace.domain.OrderView;
import com.skillconnect.marketplace.domain.ProposalDetails;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Marketplace publishes what happens to orders, for conversations and billing: {@link OrderPlaced} when a client
 * orders a gig or a freelancer applies to a proposal, {@link OrderStatusChanged} on every change — also for the
 * other applications rejected when one is accepted.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class OrderModuleTest {

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderPlacement placement;
    @Autowired
    OrderDecisions decisions;
    @Autowired
    GigPosting gigs;
    @Autowired
    ProposalPosting proposals;

    UserId clientUser;
    ClientId client;
    UserId freelancerUser;
    FreelancerId freelancer;

    @BeforeEach
    void parties(Scenario scenario) {
        clientUser = new UserId(newId());
        client = new ClientId(newId());
        freelancerUser = new UserId(newId());
        freelancer = new FreelancerId(newId());
        scenario.publish(ProfileCardChanged.ofClient(clientUser, client, "Asha", "Rao", null, "Pune", "individual", "",
                "India", "", Instant.now())).andWaitForStateChange(() -> cards(clientUser));
        scenario.publish(ProfileCardChanged.ofFreelancer(freelancerUser, freelancer, "John", "Doe", null, "Mumbai",
                "India", List.of("Java"), true, Instant.now())).andWaitForStateChange(() -> cards(freelancerUser));
    }

    @Test
    void orderingAGigPublishesOrderPlaced(Scenario scenario) {
        long gig = gigOf(freelancerUser, "Website design");

        scenario.stimulate(() -> placement.place(OrderType.SERVICE, clientUser, Role.CLIENT, gig, new OrderMessage("Hi")))
                .andWaitForEventOfType(OrderPlaced.class)
                .matching(placed -> placed.subjectId() == gig)
                .toArriveAndVerify(placed -> {
                    assertThat(placed.type()).isEqualTo(OrderType.SERVICE);
                    assertThat(placed.clientUser()).isEqualTo(clientUser);
                    assertThat(placed.client()).isEqualTo(client);
                    assertThat(placed.freelancerUser()).isEqualTo(freelancerUser);
                    assertThat(placed.freelancer()).isEqualTo(freelancer);
                    assertThat(placed.title()).isEqualTo("Website design");
                    assertThat(placed.priceMin()).isEqualByComparingTo("25000");
                    assertThat(placed.priceMax()).isEqualByComparingTo("25000");
                    assertThat(placed.days()).isEqualTo(10);
                });
    }

    @Test
    void acceptingAnOrderPublishesOrderStatusChanged(Scenario scenario) {
        long gig = gigOf(freelancerUser, "Logo design");
        OrderView order = placement.place(OrderType.SERVICE, clientUser, Role.CLIENT, gig, new OrderMessage(""));

        scenario.stimulate(() -> decisions.change(OrderType.SERVICE, order.id(), freelancerUser, OrderStatus.ACCEPTED))
                .andWaitForEventOfType(OrderStatusChanged.class)
                .matching(changed -> changed.orderId().value() == order.id())
                .toArriveAndVerify(changed -> {
                    assertThat(changed.previous()).isEqualTo(OrderStatus.PENDING);
                    assertThat(changed.status()).isEqualTo(OrderStatus.ACCEPTED);
                    assertThat(changed.changedBy()).isEqualTo(freelancerUser);
                    assertThat(changed.title()).isEqualTo("Logo design");
                    assertThat(changed.clientUser()).isEqualTo(clientUser);
                });
    }

    @Test
    void acceptingAnApplicationRejectsTheOthersAndPublishesThat(Scenario scenario) {
        long proposal = proposals.post(clientUser, form(Map.of(ProposalDetails.TITLE, "Landing page",
                ProposalDetails.DESCRIPTION, "A landing page", ProposalDetails.CATEGORY, "2",
                ProposalDetails.BUDGET_MIN, "10000", ProposalDetails.BUDGET_MAX, "30000",
                ProposalDetails.TIMELINE_DAYS, "7"))).id();
        UserId otherUser = new UserId(newId());
        scenario.publish(ProfileCardChanged.ofFreelancer(otherUser, new FreelancerId(newId()), "Mira", "Sen", null,
                "Delhi", "India", List.of("Go"), true, Instant.now())).andWaitForStateChange(() -> cards(otherUser));
        OrderView chosen = placement.place(OrderType.PROPOSAL, freelancerUser, Role.FREELANCER, proposal, new OrderMessage(""));
        OrderView other = placement.place(OrderType.PROPOSAL, otherUser, Role.FREELANCER, proposal, new OrderMessage(""));

        scenario.stimulate(() -> decisions.change(OrderType.PROPOSAL, chosen.id(), clientUser, OrderStatus.ACCEPTED))
                .andWaitForEventOfType(OrderStatusChanged.class)
                .matching(changed -> changed.orderId().value() == other.id())
                .toArriveAndVerify(changed -> {
                    assertThat(changed.type()).isEqualTo(OrderType.PROPOSAL);
                    assertThat(changed.status()).isEqualTo(OrderStatus.REJECTED);
                    assertThat(changed.changedBy()).as("marketplace rejected it").isNull();
                    assertThat(changed.priceMin()).isEqualByComparingTo("10000");
                    assertThat(changed.priceMax()).isEqualByComparingTo("30000");
                    assertThat(proposals.mine(clientUser, new ProposalId(proposal))).satisfies(awarded -> {
                        assertThat(awarded.status()).isEqualTo("in_progress");
                        assertThat(awarded.selectedFreelancer().id()).isEqualTo(freelancer.value());
                    });
                });
    }

    /** A gig of the freelancer through marketplace's own use case: 25000, delivered in 10 days. */
    private long gigOf(UserId freelancer, String title) {
        return gigs.offer(freelancer, form(Map.of(GigDetails.TITLE, title, GigDetails.DESCRIPTION, "A gig",
                GigDetails.CATEGORY, "2", GigDetails.PRICE, "25000", GigDetails.DELIVERY_TIME, "10")), null).id();
    }

    private static ListingForm form(Map<String, String> texts) {
        return new ListingForm(texts, Set.of(), List.of("React"), false);
    }

    private Integer cards(UserId user) {
        Integer found = jdbc.queryForObject("""
                select (select count(*) from marketplace.client_card where user_id = ?)
                     + (select count(*) from marketplace.freelancer_card where user_id = ?)""",
                Integer.class, user.value(), user.value());
        return found == null || found == 0 ? null : found;
    }

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
