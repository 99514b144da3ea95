package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.TestMailServer.Mail;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** POST forgot-password/request|verify|reset/: codes by mail, their checks, the reset and what it revokes. */
class PasswordResetApiTest extends ApiTestSupport {

    private static final String NEW_PASSWORD = "Brand-New#Secret42";

    @EveryUsersApiPath
    void theWholeFlowSetsANewPasswordAndRevokesRefreshTokens(UsersApiPath path) {
        String email = newEmail();
        JsonNode session = registerAndVerify(path, email, PASSWORD, "CLIENT");
        String refreshFromVerify = session.get("refresh").asString();
        String refreshFromLogin = login(path, email, PASSWORD).json().get("refresh").asString();

        Response requested = post(path.of("forgot-password/request"), body("email", email));
        assertAnswer(requested, 200, "{'detail': 'OTP sent to email'}");
        Mail received = mail.nextMail(email);
        assertThat(received.subject()).containsIgnoringCase("password reset");
        String code = received.code();
        assertThat(accountRow(email).get("reset_otp_hash")).asString().startsWith("$2a$04$").doesNotContain(code);

        assertAnswer(post(path.of("forgot-password/verify"), body("email", email, "otp", code)), 200, "{'detail': 'OTP is valid'}");
        Response reset = post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD));

        assertAnswer(reset, 200, "{'detail': 'Password reset successfully'}");
        assertAnswer(login(path, email, PASSWORD), 400, "{'non_field_errors': ['Invalid email or password']}");
        assertStatus(login(path, email, NEW_PASSWORD), 200);
        for (String refresh : new String[] {refreshFromVerify, refreshFromLogin}) {
            Response refreshed = post("/api/v1/auth/token/refresh/", body("refresh", refresh));
            assertAnswer(refreshed, 401, "{'detail': 'Token is invalid or expired', 'code': 'token_not_valid'}");
        }
        assertThat(accountRow(email).get("password_hash")).asString().doesNotContain(NEW_PASSWORD);
    }

    @EveryUsersApiPath
    void aResetEndsTheAccessTokensIssuedBeforeIt(UsersApiPath path) {
        String email = newEmail();
        String access = registerAndVerify(path, email, PASSWORD, "CLIENT").get("access").asString();
        assertStatus(get(path.of("profile"), access), 200);
        assertStatus(post(path.of("forgot-password/request"), body("email", email)), 200);
        String code = mail.nextCode(email);

        assertStatus(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD)), 200);

        assertAnswer(get(path.of("profile"), access), 401, "{'detail': 'Given token not valid for any token type'}");
        String afterwards = login(path, email, NEW_PASSWORD).json().get("access").asString();
        assertStatus(get(path.of("profile"), afterwards), 200);
    }

    @EveryUsersApiPath
    void parallelGuessesOfAResetCodeAreAllCounted(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        assertStatus(post(path.of("forgot-password/request"), body("email", email)), 200);
        String code = mail.nextCode(email);
        String wrong = OtpVerificationApiTest.otherThan(code);

        var responses = ConcurrentRequestsApiTest.atOnce(40,
                () -> post(path.of("forgot-password/verify"), body("email", email, "otp", wrong)));

        assertThat(responses).allSatisfy(response -> assertStatus(response, 400));
        assertThat(responses).filteredOn(response -> response.body().contains("Invalid OTP.")).hasSize(5);
        assertThat(accountRow(email)).containsEntry("reset_otp_failed_attempts", 5);
        assertStatus(post(path.of("forgot-password/verify"), body("email", email, "otp", code)), 400);
    }

    @EveryUsersApiPath
    void aResetCodeWorksOnce(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String code = requestCode(path, email);
        assertStatus(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD)), 200);

        Response again = post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", OTHER_PASSWORD));

        assertAnswer(again, 400, "{'otp': ['Invalid OTP.']}");
        assertAnswer(post(path.of("forgot-password/verify"), body("email", email, "otp", code)), 400, "{'otp': ['Invalid OTP.']}");
        assertStatus(login(path, email, NEW_PASSWORD), 200);
        assertAnswer(login(path, email, OTHER_PASSWORD), 400, "{'non_field_errors': ['Invalid email or password']}");
    }

    @EveryUsersApiPath
    void wrongCodesAreRefusedAndCounted(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String code = requestCode(path, email);
        String wrong = OtpVerificationApiTest.otherThan(code);

        assertAnswer(post(path.of("forgot-password/verify"), body("email", email, "otp", wrong)), 400, "{'otp': ['Invalid OTP.']}");
        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", wrong, "new_password", NEW_PASSWORD)),
                400, "{'otp': ['Invalid OTP.']}");
        assertStatus(login(path, email, PASSWORD), 200);
        for (int i = 3; i <= 5; i++) {
            assertAnswer(post(path.of("forgot-password/verify"), body("email", email, "otp", wrong)), 400, "{'otp': ['Invalid OTP.']}");
        }
        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD)),
                400, "{'otp': ['Too many incorrect attempts. Please request a new OTP.']}");
        assertStatus(login(path, email, PASSWORD), 200);
        // a new code starts over
        String fresh = requestCode(path, email);
        assertStatus(post(path.of("forgot-password/reset"), body("email", email, "otp", fresh, "new_password", NEW_PASSWORD)), 200);
    }

    @EveryUsersApiPath
    void aResetCodeExpiresAfterFiveMinutes(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String code = requestCode(path, email);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertAnswer(post(path.of("forgot-password/verify"), body("email", email, "otp", code)), 400, "{'otp': ['OTP has expired.']}");
        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD)),
                400, "{'otp': ['OTP has expired.']}");
        assertStatus(login(path, email, PASSWORD), 200);
    }

    @EveryUsersApiPath
    void theNewPasswordMustMeetTheRulesAndABadOneDoesNotUseTheCode(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String code = requestCode(path, email);

        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", "Sh0rt!pw")), 400,
                "{'new_password': ['Password must be at least 12 characters long.']}");
        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", "Password123!")), 400,
                "{'new_password': ['This password is too common.']}");
        assertAnswer(post(path.of("forgot-password/reset"), body("email", email, "otp", code)), 400,
                "{'new_password': ['This field is required.']}");
        assertAnswer(post(path.of("forgot-password/reset"), body()), 400,
                "{'email': ['This field is required.'], 'otp': ['This field is required.'], 'new_password': ['This field is required.']}");

        assertStatus(post(path.of("forgot-password/reset"), body("email", email, "otp", code, "new_password", NEW_PASSWORD)), 200);
    }

    @EveryUsersApiPath
    void onlyActiveAccountsCanResetTheirPassword(UsersApiPath path) {
        String noSuchUser = "{'email': ['No user is registered with this email.']}";
        assertAnswer(post(path.of("forgot-password/request"), body("email", newEmail())), 400, noSuchUser);
        String pending = newEmail();
        register(path, pending, PASSWORD, "CLIENT");
        assertAnswer(post(path.of("forgot-password/request"), body("email", pending)), 400, noSuchUser);
        mail.assertNoUnreadMail(pending);
        assertAnswer(post(path.of("forgot-password/verify"), body("email", newEmail(), "otp", "123456")), 400, noSuchUser);
        assertAnswer(post(path.of("forgot-password/reset"), body("email", newEmail(), "otp", "123456", "new_password", NEW_PASSWORD)),
                400, noSuchUser);
        assertAnswer(post(path.of("forgot-password/request"), body("email", "not-an-email")), 400,
                "{'email': ['Enter a valid email address.']}");
        assertAnswer(post(path.of("forgot-password/request"), body()), 400, "{'email': ['This field is required.']}");
    }

    @EveryUsersApiPath
    void verifyingWithoutARequestedCodeFails(UsersApiPath path) {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        Response response = post(path.of("forgot-password/verify"), body("email", email, "otp", "123456"));

        assertStatus(response, 400);
        assertThat(response.json().propertyNames()).containsExactly("otp");
    }

    private String requestCode(UsersApiPath path, String email) {
        assertStatus(post(path.of("forgot-password/request"), body("email", email)), 200);
        return mail.nextCode(email);
    }
}
