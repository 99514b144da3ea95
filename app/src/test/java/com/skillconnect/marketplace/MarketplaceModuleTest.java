package com.skillconnect.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
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
 * The marketplace module on its own (plus {@code app} for the embedded PostgreSQL and the wiring): it keeps its
 * own copy of talent's profile cards, the latest one winning whatever order the events arrive in.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class MarketplaceModuleTest {

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
    void aFreelancersCardIsKept(Scenario scenario) {
        UserId user = newUser();
        FreelancerId id = new FreelancerId(newId());

        scenario.publish(ProfileCardChanged.ofFreelancer(user, id, "John", "Doe", "/media/profiles/a.png", "Mumbai",
                        "India", List.of("Java"), true, T0))
                .andWaitForStateChange(() -> freelancerCard(id))
                .andVerify(card -> assertThat(card).containsExactly("John Doe", "Mumbai", "/media/profiles/a.png"));
    }

    @Test
    void aClientsCardIsKeptAndALaterChangeReplacesIt(Scenario scenario) {
        UserId user = newUser();
        ClientId id = new ClientId(newId());
        scenario.publish(clientCard(user, id, "Pune", T0)).andWaitForStateChange(() -> clientCard(id));

        scenario.publish(clientCard(user, id, "Delhi", T0.plusSeconds(5)))
                .andWaitForStateChange(() -> clientCard(id), card -> card.contains("Delhi"))
                .andVerify(card -> assertThat(card).containsExactly("Asha Rao", "Delhi", "business", "Acme", "Technology"));
    }

    @Test
    void anOlderOrReplayedCardChangesNothing(Scenario scenario) {
        UserId user = newUser();
        ClientId id = new ClientId(newId());
        ProfileCardChanged latest = clientCard(user, id, "Delhi", T0.plusSeconds(5));
        scenario.publish(latest).andWaitForStateChange(() -> clientCard(id));

        ProfileCardChanged older = clientCard(user, id, "Pune", T0);
        scenario.publish(older)
                .andWaitForStateChange(() -> completedDeliveriesOf(older), deliveries -> deliveries == 1)
                .andVerify(deliveries -> assertThat(clientCard(id)).contains("Delhi"));
        scenario.publish(latest)
                .andWaitForStateChange(() -> completedDeliveriesOf(latest), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(clientCard(id)).contains("Delhi"));
    }

    private static ProfileCardChanged clientCard(UserId user, ClientId id, String location, Instant changedAt) {
        return ProfileCardChanged.ofClient(user, id, "Asha", "Rao", null, location, "business", "Acme", "India",
                "Technology", changedAt);
    }

    private List<String> freelancerCard(FreelancerId id) {
        List<List<String>> rows = jdbc.query("""
                select first_name || ' ' || last_name as name, location, picture_url
                from marketplace.freelancer_card where freelancer_id = ?""",
                (row, n) -> List.of(row.getString("name"), row.getString("location"), row.getString("picture_url")),
                id.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private List<String> clientCard(ClientId id) {
        List<List<String>> rows = jdbc.query("""
                select first_name || ' ' || last_name as name, location, account_type, company_name, industry
                from marketplace.client_card where client_id = ?""",
                (row, n) -> List.of(row.getString("name"), row.getString("location"), row.getString("account_type"),
                        row.getString("company_name"), row.getString("industry")),
                id.value());
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private long completedDeliveriesOf(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
    }

    private static long newId() {
        // ids far above what the sequences hand out in the shared test database
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    private static UserId newUser() {
        return new UserId(newId());
    }
}
