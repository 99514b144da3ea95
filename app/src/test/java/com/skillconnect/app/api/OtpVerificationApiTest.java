package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** POST verify-otp/ and resend-otp/: activation, wrong, expired, used and exhausted codes, the mail quota. */
class OtpVerificationApiTest extends ApiTestSupport {

    @EveryUsersApiPath
    void aValidCodeActivatesTheAccountAndSignsTheUserIn(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");

        Response response = post(path.of("verify-otp"), body("email", email, "otp", code));

        assertStatus(response, 200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("message", "refresh", "access", "user");
        assertThat(body.get("message").asString()).isEqualTo("Email verified successfully.");
        assertUser(body.get("user"), email, "CLIENT", true);
        assertThat(body.get("access").asString()).isNotBlank().isNotEqualTo(body.get("refresh").asString());
        Response profile = get(path.of("profile"), body.get("access").asString());
        assertStatus(profile, 200);
        assertThat(profile.json()).isEqualTo(body.get("user"));
        Map<String, Object> row = accountRow(email);
        assertThat(row).containsEntry("status", "ACTIVE");
        assertThat(pendingCodes(email)).as("no code left").isEmpty();
        assertThat(login(path, email, PASSWORD).status()).isEqualTo(200);
    }

    @EveryUsersApiPath
    void aWrongCodeIsRefusedAndTheRightOneStillWorks(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "FREELANCER");

        assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", otherThan(code))), 400, "{'otp': ['Invalid OTP.']}");
        assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", "abc")), 400, "{'otp': ['Invalid OTP.']}");
        assertThat(accountRow(email)).containsEntry("status", "PENDING");

        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", code)), 200);
    }

    @EveryUsersApiPath
    void aCodeExpiresAfterFiveMinutes(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", code)), 400, "{'otp': ['OTP has expired.']}");
        assertThat(accountRow(email)).containsEntry("status", "PENDING");
        // a fresh code works
        assertStatus(post(path.of("resend-otp"), body("email", email)), 200);
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", mail.nextCode(email))), 200);
    }

    @EveryUsersApiPath
    void aCodeJustBeforeExpiryStillWorks(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");

        clock.advance(Duration.ofMinutes(4).plusSeconds(50));

        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", code)), 200);
    }

    @EveryUsersApiPath
    void aCodeWorksOnce(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", code)), 200);

        Response again = post(path.of("verify-otp"), body("email", email, "otp", code));

        assertAnswer(again, 400, "{'error': 'Email already verified.'}");
        assertThat(again.body()).doesNotContain("access");
    }

    @EveryUsersApiPath
    void afterFiveWrongGuessesEvenTheRightCodeIsDead(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");
        String wrong = otherThan(code);
        for (int i = 0; i < 5; i++) {
            assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", wrong)), 400, "{'otp': ['Invalid OTP.']}");
        }

        Response sixth = post(path.of("verify-otp"), body("email", email, "otp", code));

        assertAnswer(sixth, 400, "{'otp': ['Too many incorrect attempts. Please request a new OTP.']}");
        assertThat(accountRow(email)).containsEntry("status", "PENDING");
        assertThat(pendingCodes(email)).extracting(code1 -> code1.get("otp_failed_attempts")).containsExactly(5);
        // a new code starts over
        assertStatus(post(path.of("resend-otp"), body("email", email)), 200);
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", mail.nextCode(email))), 200);
    }

    @EveryUsersApiPath
    void verifyingNeedsAKnownPendingEmailAndBothFields(UsersApiPath path) {
        assertAnswer(post(path.of("verify-otp"), body("email", newEmail(), "otp", "123456")), 400,
                "{'email': ['User with this email does not exist.']}");
        assertAnswer(post(path.of("verify-otp"), body()), 400,
                "{'email': ['This field is required.'], 'otp': ['This field is required.']}");
        assertAnswer(post(path.of("verify-otp"), body("email", newEmail())), 400, "{'otp': ['This field is required.']}");
    }

    @EveryUsersApiPath
    void resendMailsANewCodeForAPendingRegistrationAndKillsTheOldOne(UsersApiPath path) {
        String email = newEmail();
        String oldCode = register(path, email, PASSWORD, "CLIENT");

        Response response = post(path.of("resend-otp"), body("email", email.toUpperCase()));

        assertAnswer(response, 200, "{'message': 'New OTP sent to your email.'}");
        String newCode = mail.nextCode(email);
        if (!newCode.equals(oldCode)) {
            assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", oldCode)), 400, "{'otp': ['Invalid OTP.']}");
        }
        Response verified = post(path.of("verify-otp"), body("email", email, "otp", newCode));
        assertStatus(verified, 200);
        assertUser(verified.json().get("user"), email, "CLIENT", true);
    }

    @EveryUsersApiPath
    void resendAnswersTheDocumentedErrors(UsersApiPath path) {
        assertAnswer(post(path.of("resend-otp"), body("email", newEmail())), 400,
                "{'email': ['User with this email does not exist.']}");
        assertAnswer(post(path.of("resend-otp"), body()), 400, "{'email': ['This field is required.']}");

        String verified = newEmail();
        registerAndVerify(path, verified, PASSWORD, "CLIENT");
        assertAnswer(post(path.of("resend-otp"), body("email", verified)), 400, "{'error': 'Email already verified.'}");
        mail.assertNoUnreadMail(verified);
    }

    @EveryUsersApiPath
    void atMostFiveCodesAnHourAreMailedToAnAccount(UsersApiPath path) {
        String email = newEmail();
        register(path, email, PASSWORD, "CLIENT"); // code 1
        for (int i = 2; i <= 5; i++) {
            assertStatus(post(path.of("resend-otp"), body("email", email)), 200);
            mail.nextCode(email);
        }

        Response sixth = post(path.of("resend-otp"), body("email", email));

        assertAnswer(sixth, 429, "{'detail': 'Too many codes requested. Try again later.'}");
        long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(3500L, 3600L);
        mail.assertNoUnreadMail(email);
        // registering again is a sixth code too
        assertStatus(post(path.of("register"), body("email", email, "password", PASSWORD, "role", "CLIENT")), 429);
        mail.assertNoUnreadMail(email);

        clock.advance(Duration.ofHours(1));
        assertStatus(post(path.of("resend-otp"), body("email", email)), 200);
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", mail.nextCode(email))), 200);
    }

    @EveryUsersApiPath
    void parallelGuessesAreAllCountedSoAtMostFiveAreChecked(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");
        String wrong = otherThan(code);

        List<Response> responses = ConcurrentRequestsApiTest.atOnce(40,
                () -> post(path.of("verify-otp"), body("email", email, "otp", wrong)));

        assertThat(responses).allSatisfy(response -> assertStatus(response, 400));
        assertThat(responses).filteredOn(response -> response.body().contains("Invalid OTP.")).hasSize(5);
        assertThat(responses).filteredOn(response -> response.body().contains("Too many incorrect attempts")).hasSize(35);
        assertThat(pendingCodes(email)).extracting(row -> row.get("otp_failed_attempts")).containsExactly(5);
        assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", code)), 400,
                "{'otp': ['Too many incorrect attempts. Please request a new OTP.']}");
        assertThat(accountRow(email)).containsEntry("status", "PENDING");
    }

    private List<Map<String, Object>> pendingCodes(String email) {
        return jdbc.queryForList("select r.* from identity.pending_registration r join identity.user_account a "
                + "on a.id = r.account_id where a.email = ? order by r.position", email);
    }

    static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
