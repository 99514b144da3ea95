package com.skillconnect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.ExternalServers;
import com.skillconnect.app.test.FakeGoogle;
import com.skillconnect.app.test.TestMailServer;
import com.skillconnect.identity.application.AuthenticatedSession;
import com.skillconnect.identity.application.GoogleSignIn;
import com.skillconnect.identity.application.Registration;
import com.skillconnect.identity.domain.AccountStatus;
import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity module on its own (plus {@code app} for the embedded PostgreSQL, security and web wiring):
 * its use cases, stimulated through the application services, publish {@link UserActivated} for the other
 * modules exactly when an account becomes usable. Codes come by real SMTP (GreenMail).
 */
@ApplicationModuleTest(extraIncludes = "app")
@ActiveProfiles("test")
class IdentityModuleTest {

    private static final String PASSWORD = "Str0ng!Passw0rd";
    private static final TestMailServer mail = TestMailServer.shared();
    private static final FakeGoogle google = FakeGoogle.shared();

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        ExternalServers.register(registry);
    }

    @Autowired
    Registration registration;
    @Autowired
    GoogleSignIn googleSignIn;
    @Autowired
    UserAccounts accounts;

    @Test
    void verifyingTheMailedCodePublishesUserActivated(Scenario scenario) {
        String email = newEmail();
        Instant before = Instant.now();
        registration.register(email, PASSWORD, "FREELANCER", "192.0.2.1");
        String code = mail.nextCode(email);

        scenario.stimulate(() -> registration.verify(email, code))
                .andWaitForEventOfType(UserActivated.class)
                .matching(event -> event.email().equals(email))
                .toArriveAndVerify((UserActivated event, AuthenticatedSession session) -> {
                    assertThat(event.userId()).isEqualTo(new UserId(session.user().id()));
                    assertThat(event.email()).isEqualTo(email);
                    assertThat(event.role()).isEqualTo(Role.FREELANCER);
                    assertThat(event.activatedAt()).isBetween(before, Instant.now());
                });

        assertThat(accounts.findByEmail(EmailAddress.parse(email))).get()
                .extracting(UserAccount::status).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void registeringAloneLeavesTheAccountPendingAndPublishesNothing(Scenario scenario) {
        String email = newEmail();

        scenario.stimulate(() -> registration.register(email, PASSWORD, "CLIENT", "192.0.2.1"))
                .andWaitForStateChange(() -> accounts.findByEmail(EmailAddress.parse(email)).map(UserAccount::status).orElse(null))
                .andVerifyEvents(events -> assertThat(events.ofType(UserActivated.class))
                        .noneMatch(event -> event.email().equals(email)));

        assertThat(accounts.findByEmail(EmailAddress.parse(email))).get()
                .extracting(UserAccount::status).isEqualTo(AccountStatus.PENDING);
        mail.nextCode(email);
    }

    @Test
    void aWrongCodePublishesNothing(Scenario scenario) {
        String email = newEmail();
        registration.register(email, PASSWORD, "CLIENT", "192.0.2.1");
        String code = mail.nextCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";

        scenario.stimulate(tx -> {
                    try {
                        registration.verify(email, wrong);
                        return "verified";
                    } catch (RuntimeException refused) {
                        return refused.getClass().getSimpleName();
                    }
                })
                .andWaitForStateChange(() -> accounts.findByEmail(EmailAddress.parse(email))
                        .filter(account -> account.registrationOtp().failedAttempts() == 1).orElse(null))
                .andVerifyEvents(events -> assertThat(events.ofType(UserActivated.class))
                        .noneMatch(event -> event.email().equals(email)));
    }

    @Test
    void signingUpWithGooglePublishesUserActivatedWithTheChosenRole(Scenario scenario) {
        String email = newEmail();

        scenario.stimulate(() -> googleSignIn.signIn(google.idToken(email), "client"))
                .andWaitForEventOfType(UserActivated.class)
                .matching(event -> event.email().equals(email))
                .toArriveAndVerify((UserActivated event, GoogleSignIn.Result result) -> {
                    assertThat(result.needsRole()).isFalse();
                    assertThat(event.userId()).isEqualTo(new UserId(result.session().user().id()));
                    assertThat(event.role()).isEqualTo(Role.CLIENT);
                });
    }

    private static String newEmail() {
        return "module-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    }
}
