package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST login/: the session, the documented errors, the per-account lock and the per-client limit. */
class LoginApiTest extends ApiTestSupport {

    private static final Pattern LOCKED = Pattern.compile("Too many failed login attempts\\. Try again in (\\d+) seconds\\.");
    private static final String INVALID = "{'non_field_errors': ['Invalid email or password']}";

    @Autowired
    MeterRegistry meters;

    @EveryUsersApiPath
    void answersTokensAndTheUser(UsersApiPath path) {
        String email = newEmail();
        JsonNode verified = registerAndVerify(path, email, PASSWORD, "FREELANCER");

        Response response = login(path, email.toUpperCase(Locale.ROOT), PASSWORD);

        assertStatus(response, 200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("refresh", "access", "user");
        assertUser(body.get("user"), email, "FREELANCER", true);
        assertThat(body.get("user").get("id")).isEqualTo(verified.get("user").get("id"));
        assertStatus(get(path.of("profile"), body.get("access").asString()), 200);
    }

    @EveryUsersApiPath
    void refusesWrongCredentialsWithoutSayingWhichWasWrong(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        assertAnswer(login(path, email, OTHER_PASSWORD), 400, INVALID);
        assertAnswer(login(path, newEmail(), PASSWORD), 400, INVALID);
        assertAnswer(login(path, "not-an-email", PASSWORD), 400, INVALID);
        assertAnswer(post(path.of("login"), body()), 400,
                "{'email': ['This field is required.'], 'password': ['This field is required.']}");
    }

    @EveryUsersApiPath
    void anUnverifiedAccountCannotLogIn(UsersApiPath path) {
        String email = newEmail();
        register(path, email, PASSWORD, "CLIENT");

        assertAnswer(login(path, email, PASSWORD), 400,
                "{'non_field_errors': ['Email is not verified. Please verify your email with the OTP sent to you.']}");
        // the wrong password does not tell that the account exists
        assertAnswer(login(path, email, OTHER_PASSWORD), 400, INVALID);
    }

    @EveryUsersApiPath
    void fiveFailuresLockTheAccountForAMinuteForTheClientsThatFailed(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        for (int i = 1; i <= 5; i++) {
            assertAnswer(login(path, email, OTHER_PASSWORD), 400, INVALID);
        }

        Response locked = login(path, email, PASSWORD);

        assertStatus(locked, 429);
        assertThat(locked.json().propertyNames()).containsExactly("detail");
        Matcher detail = LOCKED.matcher(locked.json().get("detail").asString());
        assertThat(detail.matches()).as("%s", locked).isTrue();
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(55L, 60L);
        assertThat(Long.parseLong(detail.group(1))).isEqualTo(retryAfter);
        // the password endpoint of the token API is locked too
        assertStatus(post("/api/v1/auth/token/", body("email", email, "password", PASSWORD)), 429);
        // another client that failed too is locked out as well, after its one checked attempt
        String other = "192.0.2.%d".formatted(path.hashCode() & 0x7f);
        assertAnswer(api.post(path.of("login"), body("email", email, "password", OTHER_PASSWORD)).from(other).send(), 400, INVALID);
        Response elsewhere = api.post(path.of("login"), body("email", email, "password", PASSWORD)).from(other).send();
        assertStatus(elsewhere, 429);
        assertThat(Long.parseLong(elsewhere.header("Retry-After").orElseThrow())).as("the lock grew").isBetween(115L, 120L);

        clock.advance(Duration.ofSeconds(121));
        Response afterwards = login(path, email, PASSWORD);
        assertStatus(afterwards, 200);
        assertThat(accountRow(email)).containsEntry("failed_logins", 0);
    }

    @EveryUsersApiPath
    void refusedLoginsAreCountedByReason(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        double invalid = refused("invalid_credentials");
        double locked = refused("locked");

        for (int i = 1; i <= 5; i++) {
            assertStatus(login(path, email, OTHER_PASSWORD), 400);
        }
        assertStatus(login(path, newEmail(), PASSWORD), 400);
        assertStatus(login(path, email, PASSWORD), 429);

        assertThat(refused("invalid_credentials")).isEqualTo(invalid + 6);
        assertThat(refused("locked")).isEqualTo(locked + 1);
    }

    private double refused(String reason) {
        return meters.counter("skillconnect.logins.refused", "reason", reason).count();
    }

    @EveryUsersApiPath
    void aStrangerCannotKeepTheOwnerOutOfALockedAccount(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String stranger = "198.51.100.%d".formatted(path.hashCode() & 0x7f);
        for (int i = 1; i <= 5; i++) {
            assertAnswer(api.post(path.of("login"), body("email", email, "password", OTHER_PASSWORD)).from(stranger).send(), 400, INVALID);
        }
        assertStatus(api.post(path.of("login"), body("email", email, "password", OTHER_PASSWORD)).from(stranger).send(), 429);

        // the owner, from a client with no failures on the account, gets in with the right password
        Response owner = login(path, email, PASSWORD);

        assertStatus(owner, 200);
        assertThat(accountRow(email)).containsEntry("failed_logins", 0).containsEntry("locked_until", null);
    }

    @EveryUsersApiPath
    void parallelWrongPasswordsAreAllCountedAndLockTheAccountAfterExactlyFive(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        List<Response> responses = ConcurrentRequestsApiTest.atOnce(40, () -> login(path, email, OTHER_PASSWORD));

        assertThat(responses).filteredOn(response -> response.status() == 400)
                .as("checked").hasSize(5).allSatisfy(response -> assertAnswer(response, 400, INVALID));
        assertThat(responses).filteredOn(response -> response.status() == 429).as("refused unchecked").hasSize(35);
        assertThat(accountRow(email)).containsEntry("failed_logins", 5);
        assertStatus(login(path, email, PASSWORD), 429);
    }

    @EveryUsersApiPath
    void aClientIsStoppedAfterTwentyFailuresAcrossAccounts(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        for (int i = 1; i <= 20; i++) {
            // spread over many accounts, so that no account lock is involved
            assertAnswer(login(path, newEmail(), PASSWORD), 400, INVALID);
        }

        Response blocked = login(path, email, PASSWORD);

        assertStatus(blocked, 429);
        assertThat(blocked.json().get("detail").asString()).matches(LOCKED.pattern());
        assertThat(Long.parseLong(blocked.header("Retry-After").orElseThrow())).isBetween(840L, 900L);
        assertThat(accountRow(email)).containsEntry("failed_logins", 0);
        // another client is not affected
        Response otherClient = api.post(path.of("login"), body("email", email, "password", PASSWORD)).from("203.0.113.10").send();
        assertStatus(otherClient, 200);
        // the window ends
        clock.advance(Duration.ofMinutes(15));
        assertStatus(login(path, email, PASSWORD), 200);
    }
}
