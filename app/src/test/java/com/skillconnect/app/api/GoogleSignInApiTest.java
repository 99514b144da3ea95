package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.skillconnect.app.test.FakeGoogle;
import com.skillconnect.app.test.HttpApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * POST google/: ID tokens signed with a key that WireMock publishes in Google's place; every way a token
 * can be bad; Google's key server failing or slow.
 */
class GoogleSignInApiTest extends ApiTestSupport {

    private static final String INVALID = "{'detail': 'Invalid Google token'}";
    private static final String UNAVAILABLE = "{'detail': 'Google sign-in is unavailable right now. Please try again later.'}";

    @EveryUsersApiPath
    void aNewUserIsAskedForARoleAndNoAccountIsMadeYet(UsersApiPath path) {
        String email = newEmail();

        Response response = post(path.of("google"), body("token", google.idToken(email)));

        assertAnswer(response, 200, "{'need_role': true}");
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void withARoleANewUserGetsAnActiveAccountWithThatRole(UsersApiPath path) {
        String email = newEmail();
        assertAnswer(post(path.of("google"), body("token", google.idToken(email))), 200, "{'need_role': true}");

        Response response = post(path.of("google"), body("token", google.idToken(email), "role", "freelancer"));

        assertStatus(response, 200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("access", "refresh", "user");
        assertUser(body.get("user"), email, "FREELANCER", true);
        assertThat(accountRow(email)).containsEntry("status", "ACTIVE").containsEntry("role", "FREELANCER");
        assertThat(accountRow(email).get("password_hash")).isNull();
        assertStatus(get(path.of("profile"), body.get("access").asString()), 200);
        // no password to log in with
        assertAnswer(login(path, email, PASSWORD), 400, "{'non_field_errors': ['Invalid email or password']}");
    }

    @EveryUsersApiPath
    void anExistingUserSignsInAndKeepsTheirRole(UsersApiPath path) {
        String email = newEmail();
        JsonNode registered = registerAndVerify(path, email, PASSWORD, "CLIENT");

        Response response = post(path.of("google"), body("token", google.idToken(email.toUpperCase()), "role", "FREELANCER"));

        assertStatus(response, 200);
        assertUser(response.json().get("user"), email, "CLIENT", true);
        assertThat(response.json().get("user").get("id")).isEqualTo(registered.get("user").get("id"));
        assertStatus(post(path.of("google"), body("token", google.idToken(email))), 200);
        assertStatus(login(path, email, PASSWORD), 200);
    }

    @EveryUsersApiPath
    void googleCompletesAPendingRegistrationAndDropsItsUnverifiedPassword(UsersApiPath path) {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");

        Response response = post(path.of("google"), body("token", google.idToken(email)));

        assertStatus(response, 200);
        assertUser(response.json().get("user"), email, "CLIENT", true);
        assertThat(accountRow(email)).containsEntry("status", "ACTIVE");
        assertThat(accountRow(email).get("password_hash")).isNull();
        assertAnswer(post(path.of("verify-otp"), body("email", email, "otp", code)), 400, "{'error': 'Email already verified.'}");
    }

    @EveryUsersApiPath
    void aTokenSignedByAnotherKeyIsInvalid(UsersApiPath path) {
        RSAKey impostor = FakeGoogle.newKey(google.publishedKeyId());
        String email = newEmail();

        Response response = post(path.of("google"), body("token", FakeGoogle.sign(FakeGoogle.claims(email).build(), impostor),
                "role", "CLIENT"));

        assertAnswer(response, 400, INVALID);
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void aTokenForAnotherAudienceIsInvalid(UsersApiPath path) {
        String email = newEmail();
        String token = google.sign(FakeGoogle.claims(email).audience("someone-else.apps.googleusercontent.com").build());

        assertAnswer(post(path.of("google"), body("token", token, "role", "CLIENT")), 400, INVALID);
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void aTokenFromAnotherIssuerIsInvalid(UsersApiPath path) {
        String email = newEmail();
        String token = google.sign(FakeGoogle.claims(email).issuer("https://evil.example.com").build());

        assertAnswer(post(path.of("google"), body("token", token, "role", "CLIENT")), 400, INVALID);
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void bothOfGooglesIssuerSpellingsAreAccepted(UsersApiPath path) {
        String email = newEmail();
        String token = google.sign(FakeGoogle.claims(email).issuer("accounts.google.com").build());

        assertStatus(post(path.of("google"), body("token", token, "role", "CLIENT")), 200);
    }

    @EveryUsersApiPath
    void anExpiredTokenIsInvalid(UsersApiPath path) {
        String email = newEmail();
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        String token = google.sign(FakeGoogle.claims(email).issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofHours(1)))).build());

        assertAnswer(post(path.of("google"), body("token", token, "role", "CLIENT")), 400, INVALID);
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void anUnverifiedGoogleEmailIsInvalid(UsersApiPath path) {
        String email = newEmail();
        String token = google.sign(FakeGoogle.claims(email).claim("email_verified", false).build());

        assertAnswer(post(path.of("google"), body("token", token, "role", "CLIENT")), 400, INVALID);
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void aTokenWithoutAnEmailOrThatIsNoTokenIsInvalid(UsersApiPath path) {
        JWTClaimsSet noEmail = new JWTClaimsSet.Builder(FakeGoogle.claims("x@example.com").build()).claim("email", null).build();
        assertAnswer(post(path.of("google"), body("token", google.sign(noEmail), "role", "CLIENT")), 400, INVALID);
        assertAnswer(post(path.of("google"), body("token", "not-a-jwt", "role", "CLIENT")), 400, INVALID);
        // HS256 with Google's public key as the secret: the classic algorithm confusion
        String[] parts = google.idToken(newEmail()).split("\\.");
        String hs256 = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + "." + parts[2];
        assertAnswer(post(path.of("google"), body("token", hs256, "role", "CLIENT")), 400, INVALID);
    }

    @EveryUsersApiPath
    void theTokenIsRequiredAndTheRoleMustBeKnown(UsersApiPath path) {
        assertAnswer(post(path.of("google"), body()), 400, "{'token': ['This field is required.']}");
        String email = newEmail();
        assertAnswer(post(path.of("google"), body("token", google.idToken(email), "role", "ADMIN")), 400,
                "{'role': ['\"ADMIN\" is not a valid choice.']}");
        assertThat(accounts(email)).isZero();
    }

    @EveryUsersApiPath
    void googlesKeyServerFailingIsServiceUnavailable(UsersApiPath path) {
        google.failKeysWith(503);
        // a key id the application has never seen makes it fetch the key set again
        RSAKey rotated = FakeGoogle.newKey("rotated-" + UUID.randomUUID());
        String email = newEmail();
        int before = google.keyRequests();

        Response response = post(path.of("google"), body("token", FakeGoogle.sign(FakeGoogle.claims(email).build(), rotated),
                "role", "CLIENT"));

        assertAnswer(response, 503, UNAVAILABLE);
        assertThat(google.keyRequests()).isGreaterThan(before);
        assertThat(accounts(email)).isZero();

        google.failKeysWith(500);
        assertAnswer(post(path.of("google"), body("token", FakeGoogle.sign(FakeGoogle.claims(email).build(),
                FakeGoogle.newKey("rotated-" + UUID.randomUUID())), "role", "CLIENT")), 503, UNAVAILABLE);

        google.publishKeys();
        assertStatus(post(path.of("google"), body("token", google.idToken(email), "role", "CLIENT")), 200);
    }

    @EveryUsersApiPath
    void googlesKeyServerTooSlowIsServiceUnavailable(UsersApiPath path) {
        google.delayKeys(Duration.ofSeconds(3)); // the application waits 1 s (skillconnect.google.timeout)
        RSAKey rotated = FakeGoogle.newKey("rotated-" + UUID.randomUUID());
        String email = newEmail();
        long start = System.nanoTime();

        Response response = post(path.of("google"), body("token", FakeGoogle.sign(FakeGoogle.claims(email).build(), rotated),
                "role", "CLIENT"));

        assertAnswer(response, 503, UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
        assertThat(accounts(email)).isZero();
    }
}
