package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestMailServer.Mail;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST register/: the answer, the mail, what is stored, and every field error. */
class RegistrationApiTest extends ApiTestSupport {

    @Autowired
    MeterRegistry meters;

    @EveryUsersApiPath
    void registrationsAndMailedCodesAreCounted(UsersApiPath path) {
        double registrations = meters.counter("skillconnect.registrations").count();
        double mails = meters.counter("skillconnect.otp.mails").count();
        String email = newEmail();

        register(path, email, PASSWORD, "CLIENT");
        assertStatus(post(path.of("resend-otp"), body("email", email)), 200);
        mail.nextCode(email);

        assertThat(meters.counter("skillconnect.registrations").count()).isEqualTo(registrations + 1);
        assertThat(meters.counter("skillconnect.otp.mails").count()).isEqualTo(mails + 2);
    }

    @EveryUsersApiPath
    void registersAPendingAccountAndMailsASixDigitCode(UsersApiPath path) {
        String email = newEmail();

        Response response = post(path.of("register"), body("email", email, "password", PASSWORD, "role", "CLIENT"));

        assertAnswer(response, 201, "{'message': 'OTP sent to your email. Please verify to complete registration.'}");
        Mail received = mail.nextMail(email);
        assertThat(received.from()).isEqualTo("no-reply@skillconnect.local");
        assertThat(received.subject()).containsIgnoringCase("verification code");
        assertThat(received.code()).matches("\\d{6}");
        Map<String, Object> row = accountRow(email);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("role", "CLIENT").containsEntry("first_login", true);
    }

    @EveryUsersApiPath
    void storesOnlyHashesOfThePasswordAndTheCode(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "FREELANCER");

        Map<String, Object> row = accountRow(email);

        assertThat((String) row.get("password_hash")).startsWith("$2a$04$").hasSize(60);
        Map<String, Object> registration = jdbc.queryForMap(
                "select * from identity.pending_registration where account_id = ?", row.get("id"));
        assertThat((String) registration.get("password_hash")).isEqualTo(row.get("password_hash"));
        assertThat((String) registration.get("otp_hash")).startsWith("$2a$04$").hasSize(60);
        // the text columns (a timestamp's microseconds may spell any six digits)
        assertThat(registration.values()).filteredOn(String.class::isInstance).allSatisfy(value ->
                assertThat((String) value).doesNotContain(PASSWORD).doesNotContain(code));
        assertThat(row.values()).filteredOn(String.class::isInstance).allSatisfy(value ->
                assertThat((String) value).doesNotContain(PASSWORD).doesNotContain(code));
        // nor anywhere else in identity's tables (fractions of seconds left out, for the same reason)
        String everything = jdbc.queryForList("select regexp_replace(r, '\\.\\d+([+-])', '\\1', 'g') from ("
                + "select t::text as r from identity.user_account t union all "
                + "select t::text from identity.refresh_token t union all "
                + "select t::text from identity.pending_registration t) rows", String.class).toString();
        assertThat(everything).doesNotContain(PASSWORD).doesNotContain(code);
    }

    @EveryUsersApiPath
    void acceptsTheRoleInAnyCaseAndTheEmailInAnyCaseIgnoringUnknownFields(UsersApiPath path) {
        String email = newEmail();
        String typed = "  " + email.toUpperCase(Locale.ROOT) + " ";

        Response response = post(path.of("register"),
                body("email", typed, "password", PASSWORD, "role", "freelancer", "agreeTerms", true));

        assertStatus(response, 201);
        String code = mail.nextCode(email);
        Response verified = post(path.of("verify-otp"), body("email", email, "otp", code));
        assertStatus(verified, 200);
        assertUser(verified.json().get("user"), email, "FREELANCER", true);
    }

    @EveryUsersApiPath
    void refusesAnAlreadyVerifiedEmail(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        Response again = post(path.of("register"), body("email", email.toUpperCase(Locale.ROOT), "password", OTHER_PASSWORD,
                "role", "FREELANCER"));

        assertAnswer(again, 400, "{'email': ['This email is already registered.']}");
        mail.assertNoUnreadMail(email);
        assertThat(login(path, email, PASSWORD).status()).isEqualTo(200);
    }

    @EveryUsersApiPath
    void registeringAgainWhilePendingAddsACodeBoundToTheNewPasswordAndRole(UsersApiPath path) {
        String email = newEmail();
        String firstCode = register(path, email, PASSWORD, "CLIENT");
        String firstHash = (String) accountRow(email).get("password_hash");

        String secondCode = register(path, email, OTHER_PASSWORD, "FREELANCER");

        assertThat(accounts(email)).isEqualTo(1);
        assertThat((String) accountRow(email).get("password_hash")).as("nothing replaced yet").isEqualTo(firstHash);
        assertThat(firstCode).isNotNull();
        Response verified = post(path.of("verify-otp"), body("email", email, "otp", secondCode));
        assertStatus(verified, 200);
        assertUser(verified.json().get("user"), email, "FREELANCER", true);
        assertAnswer(login(path, email, PASSWORD), 400, "{'non_field_errors': ['Invalid email or password']}");
        Response login = login(path, email, OTHER_PASSWORD);
        assertStatus(login, 200);
        assertThat(login.json().get("user").get("role").asString()).isEqualTo("FREELANCER");
        assertThat(jdbc.queryForObject("select count(*) from identity.pending_registration where account_id = ?",
                Integer.class, accountRow(email).get("id"))).as("the other registration is gone").isZero();
    }

    @EveryUsersApiPath
    void aPendingRegistrationCannotBeTakenOverByRegisteringItsEmailAgain(UsersApiPath path) {
        String email = newEmail();
        String ownersCode = register(path, email, PASSWORD, "CLIENT");

        // a stranger registers the owner's address with a password and role of their own
        Response stranger = api.post(path.of("register"), body("email", email, "password", OTHER_PASSWORD, "role", "FREELANCER"))
                .from("198.51.100.66").send();
        assertStatus(stranger, 201);
        String strangersCode = mail.nextCode(email);

        Response verified = post(path.of("verify-otp"), body("email", email, "otp", ownersCode));
        assertStatus(verified, 200);
        assertUser(verified.json().get("user"), email, "CLIENT", true);
        assertAnswer(login(path, email, OTHER_PASSWORD), 400, "{'non_field_errors': ['Invalid email or password']}");
        assertStatus(login(path, email, PASSWORD), 200);
        if (!strangersCode.equals(ownersCode)) {
            assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", strangersCode)), 400,
                    "{'error': 'Email already verified.'}");
        }
    }

    @EveryUsersApiPath
    void aClientMayAskForOnlySoManyMailedCodes(UsersApiPath path) {
        // the test profile allows 30 per client and window; refused requests count too
        for (int i = 0; i < 30; i++) {
            assertStatus(post(path.of("resend-otp"), body("email", newEmail())), 400);
        }
        String email = newEmail();

        Response register = post(path.of("register"), body("email", email, "password", PASSWORD, "role", "CLIENT"));

        assertStatus(register, 429);
        assertThat(register.json().propertyNames()).containsExactly("detail");
        assertThat(register.json().get("detail").asString()).matches("Request was throttled\\. Expected available in \\d+ seconds\\.");
        assertThat(Long.parseLong(register.header("Retry-After").orElseThrow())).isBetween(590L, 600L);
        assertThat(accounts(email)).isZero();
        mail.assertNoUnreadMail(email);
        assertStatus(post(path.of("resend-otp"), body("email", email)), 429);
        assertStatus(post(path.of("forgot-password/request"), body("email", email)), 429);
        // another client is not affected, and the window ends
        assertStatus(api.post(path.of("resend-otp"), body("email", email)).from("203.0.113.99").send(), 400);
        clock.advance(Duration.ofMinutes(10));
        assertStatus(post(path.of("register"), body("email", email, "password", PASSWORD, "role", "CLIENT")), 201);
        mail.nextCode(email);
    }

    static Stream<Arguments> invalidEmails() {
        return Stream.of(
                Arguments.of(null, "This field is required."),
                Arguments.of("", "This field is required."),
                Arguments.of("not-an-email", "Enter a valid email address."),
                Arguments.of("someone@", "Enter a valid email address."),
                Arguments.of("someone@mailinator.com", "Disposable email addresses are not allowed."),
                Arguments.of("Someone@Sub.YOPMAIL.com", "Disposable email addresses are not allowed."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidEmails")
    void refusesInvalidEmails(String email, String message) {
        for (UsersApiPath path : UsersApiPath.all().toList()) {
            Response response = post(path.of("register"), body("email", email, "password", PASSWORD, "role", "CLIENT"));
            assertAnswer(response, 400, "{'email': ['" + message + "']}");
        }
    }

    static Stream<Arguments> passwordsBreakingOneRule() {
        return Stream.of(
                Arguments.of(null, "This field is required."),
                Arguments.of("", "This field is required."),
                Arguments.of("Sh0rt!pw", "Password must be at least 12 characters long."),
                Arguments.of("L0ng!" + "abcdefgh".repeat(16), "Password must be at most 128 characters long."),
                Arguments.of("Has sp4ce!Inside", "Password must not contain whitespace."),
                Arguments.of("n0upper!letters", "Password must contain at least one uppercase letter."),
                Arguments.of("N0LOWER!LETTERS", "Password must contain at least one lowercase letter."),
                Arguments.of("No!Digits!Here", "Password must contain at least one digit."),
                Arguments.of("NoSpecial1234x", "Password must contain at least one special character."),
                Arguments.of("Password123!", "This password is too common."),
                Arguments.of("Ab1!xyzzyx!1bA", "Password must not be a palindrome."),
                Arguments.of("Abcd1111!xyz", "Password must not repeat a character more than 3 times in a row."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("passwordsBreakingOneRule")
    void enforcesEachPasswordRule(String password, String message) {
        for (UsersApiPath path : UsersApiPath.all().toList()) {
            String email = newEmail();
            Response response = post(path.of("register"), body("email", email, "password", password, "role", "CLIENT"));
            assertAnswer(response, 400, "{'password': ['" + message + "']}");
            assertThat(accounts(email)).isZero();
            mail.assertNoUnreadMail(email);
        }
    }

    @EveryUsersApiPath
    void reportsEveryFieldErrorAtOnce(UsersApiPath path) {
        Response response = post(path.of("register"), body("email", "nope", "password", "short", "role", "ADMIN"));

        assertStatus(response, 400);
        JsonNode errors = response.json();
        assertThat(errors.propertyNames()).containsExactlyInAnyOrder("email", "password", "role");
        assertThat(errors.get("email")).isEqualTo(json("['Enter a valid email address.']"));
        assertThat(errors.get("password").toString()).contains("Password must be at least 12 characters long.");
        assertThat(errors.get("role")).isEqualTo(json("['\"ADMIN\" is not a valid choice.']"));
    }

    @EveryUsersApiPath
    void requiresARole(UsersApiPath path) {
        String email = newEmail();
        assertAnswer(post(path.of("register"), body("email", email, "password", PASSWORD)), 400,
                "{'role': ['This field is required.']}");
        assertAnswer(post(path.of("register"), body("email", email, "password", PASSWORD, "role", "SUPERUSER")), 400,
                "{'role': ['\"SUPERUSER\" is not a valid choice.']}");
        assertThat(accounts(email)).isZero();
    }
}
