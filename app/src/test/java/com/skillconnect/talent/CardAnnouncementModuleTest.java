package com.skillconnect.talent;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.application.CardAnnouncer;
import com.skillconnect.talent.application.ClientProfiles;
import com.skillconnect.talent.application.FreelancerProfiles;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.ClientField;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profiles stored before a consumer of {@link ProfileCardChanged} existed are announced again by
 * {@link CardAnnouncer}: every profile once per edition, with the card its aggregate would raise, nothing on a
 * second run, and a run stopped after a page resumes after it. Each test announces an edition of its own (a fresh
 * {@code talent.card_announcement} row), so that the current edition announced at start-up does not interfere.
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class CardAnnouncementModuleTest {

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    CardAnnouncer announcer;
    @Autowired
    FreelancerProfiles freelancerProfiles;
    @Autowired
    ClientProfiles clientProfiles;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    /** The cards published on the test's thread since the last {@code clear()}. */
    private final List<ProfileCardChanged> heard = new CopyOnWriteArrayList<>();
    private ApplicationListener<ApplicationEvent> ear;

    @BeforeEach
    void listen() {
        Thread testThread = Thread.currentThread();
        ear = event -> {
            if (Thread.currentThread() == testThread && event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof ProfileCardChanged card) {
                heard.add(card);
            }
        };
        context.addApplicationListener(ear);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(ear);
    }

    @Test
    void everyProfileIsAnnouncedOnceWithTheCardItsAggregateRaises(Scenario scenario) {
        UserId freelancerUser = newUser();
        long freelancer = newFreelancer(freelancerUser, List.of("Kotlin", "Android", "Figma"));
        jdbc.update("update talent.freelancer set profile_picture = 'profiles/asha.png' where id = ?", freelancer);
        UserId clientUser = newUser();
        long client = newBusinessClient(clientUser);
        jdbc.update("update talent.client set picture_path = 'profiles/acme.png' where id = ?", client);
        int edition = newEdition();
        heard.clear();

        scenario.stimulate(() -> announceAll(edition, 1))
                .andWaitForEventOfType(ProfileCardChanged.class)
                // (the scenario also saw the card raised when the profile was created, before its picture)
                .matching(card -> card.userId().equals(clientUser) && card.pictureUrl() != null)
                .toArriveAndVerify(card -> {
                    assertThat(card).isEqualTo(ProfileCardChanged.ofClient(clientUser, new ClientId(client), "Meera",
                            "Iyer", "/media/profiles/acme.png", "Chennai", "business", "Acme Tools", "India",
                            "Manufacturing", updatedAt("client", client)));
                    assertThat(announced(freelancerUser)).containsExactly(ProfileCardChanged.ofFreelancer(
                            freelancerUser, new FreelancerId(freelancer), "Asha", "Rao", "/media/profiles/asha.png",
                            "Pune", "India", List.of("Kotlin", "Android", "Figma"), true,
                            updatedAt("freelancer", freelancer)));
                    assertThat(announced(clientUser)).hasSize(1);
                    long profiles = jdbc.queryForObject(
                            "select (select count(*) from talent.freelancer) + (select count(*) from talent.client)",
                            Long.class);
                    assertThat(heard.size()).isEqualTo(profiles);
                    assertThat(progress(edition)).isEqualTo(new Progress(lastId("freelancer"), lastId("client"), true));
                });
    }

    @Test
    void aFinishedEditionAnnouncesNothing(Scenario scenario) {
        newFreelancer(newUser(), List.of("Go"));
        int edition = newEdition();
        announceAll(edition, CardAnnouncer.PAGE);
        heard.clear();

        scenario.stimulate(() -> announcer.announceNextPage(edition, CardAnnouncer.PAGE))
                .andWaitForStateChange(() -> progress(edition))
                .andVerify(progress -> {
                    assertThat(progress.finished()).isTrue();
                    assertThat(heard).isEmpty();
                });
    }

    @Test
    void aRunStoppedAfterAPageResumesAfterIt(Scenario scenario) {
        UserId first = newUser();
        long firstId = newFreelancer(first, List.of("Rust"));
        UserId second = newUser();
        newFreelancer(second, List.of("Elixir"));
        int edition = newEdition();
        // the first page ends with the first of the two (every freelancer before it included)
        int firstPage = jdbc.queryForObject("select count(*) from talent.freelancer where id <= ?", Integer.class, firstId);
        heard.clear();
        assertThat(announcer.announceNextPage(edition, firstPage)).isEqualTo(firstPage);
        assertThat(announced(first)).hasSize(1);
        heard.clear();

        scenario.stimulate(() -> announceAll(edition, 2))
                .andWaitForEventOfType(ProfileCardChanged.class)
                .matching(card -> card.userId().equals(second))
                .toArriveAndVerify(card -> {
                    assertThat(announced(first)).as("announced before the stop only").isEmpty();
                    assertThat(announced(second)).hasSize(1);
                    long rest = jdbc.queryForObject("""
                            select (select count(*) from talent.freelancer where id > ?) + (select count(*) from talent.client)
                            """, Long.class, firstId);
                    assertThat(heard.size()).isEqualTo(rest);
                    assertThat(progress(edition).finished()).isTrue();
                });
    }

    private void announceAll(int edition, int pageSize) {
        while (announcer.announceNextPage(edition, pageSize) > 0) {
            // page after page until none is left
        }
    }

    private long newFreelancer(UserId user, List<String> skills) {
        FreelancerForm form = new FreelancerForm().firstName("Asha").lastName("Rao").about("Builds apps")
                .age("30").country("India").location("Pune").isAvailable("true").skills(skills)
                .languages(List.of(new LanguageForm("English", "Fluent")));
        return freelancerProfiles.create(user, Role.FREELANCER, form).id();
    }

    private long newBusinessClient(UserId user) {
        clientProfiles.create(user, Role.CLIENT, ClientDraft.of(Map.of(ClientField.ACCOUNT_TYPE, "business",
                ClientField.FIRST_NAME, "Meera", ClientField.LAST_NAME, "Iyer", ClientField.LOCATION, "Chennai",
                ClientField.COUNTRY, "India", ClientField.COMPANY_NAME, "Acme Tools",
                ClientField.COMPANY_DESCRIPTION, "Hand tools", ClientField.INDUSTRY, "Manufacturing",
                ClientField.COMPANY_SIZE, "11-50")), null);
        return jdbc.queryForObject("select id from talent.client where user_id = ?", Long.class, user.value());
    }

    private List<ProfileCardChanged> announced(UserId user) {
        return heard.stream().filter(card -> card.userId().equals(user)).toList();
    }

    private Instant updatedAt(String table, long id) {
        return jdbc.queryForObject("select updated_at from talent." + table + " where id = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), id);
    }

    private long lastId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from talent." + table, Long.class);
    }

    private record Progress(long lastFreelancerId, long lastClientId, boolean finished) {
    }

    private Progress progress(int edition) {
        List<Progress> rows = jdbc.query("""
                select last_freelancer_id, last_client_id, finished_at is not null
                from talent.card_announcement where edition = ?
                """, (rs, row) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)), edition);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static int newEdition() {
        return ThreadLocalRandom.current().nextInt(1_000, Integer.MAX_VALUE);
    }

    private static UserId newUser() {
        return new UserId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
    }
}
