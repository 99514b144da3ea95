package com.skillconnect.talent;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserActivated;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.application.ClientProfiles;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.ClientField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The talent module on its own (plus {@code app} for the embedded PostgreSQL and the wiring; identity's
 * beans are not started): it learns of activated accounts from identity's {@link UserActivated}, also
 * when the event is delivered twice, and publishes {@link ProfileCardChanged} when a profile is created
 * through its use cases.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class TalentModuleTest {

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    ClientProfiles clientProfiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompletedEventPublications completed;

    @Test
    void anActivatedAccountBecomesAKnownUserWithAVerifiedEmail(Scenario scenario) {
        UserId user = newUser();
        String email = newEmail();
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

        scenario.publish(new UserActivated(user, email, Role.FREELANCER, activatedAt))
                .andWaitForStateChange(() -> knownUser(user))
                .andVerify(rows -> assertThat(rows).containsExactly(
                        new KnownUser(email, "FREELANCER", true, activatedAt)));
    }

    @Test
    void aReplayedActivationChangesNothing(Scenario scenario) {
        UserId user = newUser();
        String email = newEmail();
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UserActivated event = new UserActivated(user, email, Role.CLIENT, activatedAt);
        scenario.publish(event).andWaitForStateChange(() -> knownUser(user));
        List<KnownUser> before = knownUser(user);

        // the registry redelivers an event whose first delivery it could not mark as completed
        scenario.publish(event)
                .andWaitForStateChange(() -> completedDeliveriesOf(event), deliveries -> deliveries == 2)
                .andVerify(deliveries -> assertThat(knownUser(user)).isEqualTo(before)
                        .containsExactly(new KnownUser(email, "CLIENT", true, activatedAt)));
    }

    @Test
    void creatingAClientProfilePublishesItsCard(Scenario scenario) {
        UserId user = newUser();
        ClientDraft draft = ClientDraft.of(Map.of(ClientField.ACCOUNT_TYPE, "individual",
                ClientField.FIRST_NAME, "Asha", ClientField.LAST_NAME, "Rao", ClientField.LOCATION, "Pune"));

        scenario.stimulate(() -> clientProfiles.create(user, Role.CLIENT, draft, null))
                .andWaitForEventOfType(ProfileCardChanged.class)
                .matching(card -> card.userId().equals(user))
                .toArriveAndVerify(card -> {
                    assertThat(card.role()).isEqualTo(Role.CLIENT);
                    assertThat(card.displayName()).isEqualTo("Asha Rao");
                    assertThat(card.location()).isEqualTo("Pune");
                    assertThat(card.pictureUrl()).isNull();
                    assertThat(card.skills()).isEmpty();
                    assertThat(card.profileId()).isPositive();
                });
    }

    private record KnownUser(String email, String role, boolean emailVerified, Instant activatedAt) {
    }

    /** The user's row in talent's read model of identity's users (a list: empty until the listener ran). */
    private List<KnownUser> knownUser(UserId user) {
        List<KnownUser> rows = jdbc.query(
                "select email, role, email_verified, activated_at from talent.known_user where user_id = ?",
                (row, index) -> new KnownUser(row.getString("email"), row.getString("role"),
                        row.getBoolean("email_verified"), row.getTimestamp("activated_at").toInstant()),
                user.value());
        return rows.isEmpty() ? null : rows;
    }

    private long completedDeliveriesOf(Object event) {
        return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
    }

    private static UserId newUser() {
        // ids far above what the sequences hand out in the shared test database
        return new UserId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
    }

    private static String newEmail() {
        return "talent-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    }
}
