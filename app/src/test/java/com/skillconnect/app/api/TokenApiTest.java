package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.skillconnect.app.test.HttpApi.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The simplejwt-style token endpoints ({@code /api/v1/auth/token/}, {@code refresh/}), logout, and every
 * way a bearer token is refused with 401.
 */
class TokenApiTest extends ApiTestSupport {

    private static final String TOKEN = "/api/v1/auth/token/";
    private static final String REFRESH = "/api/v1/auth/token/refresh/";
    private static final String NOT_PROVIDED = "{'detail': 'Authentication credentials were not provided.'}";
    private static final String NOT_VALID = "{'detail': 'Given token not valid for any token type'}";
    private static final String REFRESH_NOT_VALID = "{'detail': 'Token is invalid or expired', 'code': 'token_not_valid'}";

    @Value("${skillconnect.security.jwt.secret}")
    String secret;

    @Test
    void obtainsATokenPairWithEmailAndPassword() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        for (String url : new String[] {TOKEN, "/api/v1/auth/token"}) {
            Response response = post(url, body("email", email, "password", PASSWORD));
            assertStatus(response, 200);
            assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("refresh", "access");
            assertStatus(get(path.of("profile"), response.json().get("access").asString()), 200);
        }
    }

    @Test
    void refusesBadCredentialsTheSimplejwtWay() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        String pending = newEmail();
        register(path, pending, PASSWORD, "CLIENT");
        String noActiveAccount = "{'detail': 'No active account found with the given credentials'}";

        assertAnswer(post(TOKEN, body("email", email, "password", OTHER_PASSWORD)), 401, noActiveAccount);
        assertAnswer(post(TOKEN, body("email", newEmail(), "password", PASSWORD)), 401, noActiveAccount);
        assertAnswer(post(TOKEN, body("email", pending, "password", PASSWORD)), 401, noActiveAccount);
        assertAnswer(post(TOKEN, body()), 400, "{'email': ['This field is required.'], 'password': ['This field is required.']}");
    }

    @Test
    void refreshAnswersANewAccessTokenAndKeepsTheRefreshToken() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        JsonNode session = activeUser(path, "FREELANCER");
        String refresh = session.get("refresh").asString();

        for (String url : new String[] {REFRESH, "/api/v1/auth/token/refresh"}) {
            Response response = post(url, body("refresh", refresh));
            assertStatus(response, 200);
            assertThat(response.json().propertyNames()).containsExactly("access");
            String access = response.json().get("access").asString();
            Response profile = get(path.of("profile"), access);
            assertStatus(profile, 200);
            assertThat(profile.json()).isEqualTo(session.get("user"));
        }
    }

    @Test
    void refreshRefusesWhatIsNotALiveRefreshToken() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        JsonNode session = activeUser(path, "CLIENT");

        assertAnswer(post(REFRESH, body("refresh", session.get("access").asString())), 401, REFRESH_NOT_VALID);
        assertAnswer(post(REFRESH, body("refresh", "garbage")), 401, REFRESH_NOT_VALID);
        assertAnswer(post(REFRESH, body("refresh", tamper(session.get("refresh").asString()))), 401, REFRESH_NOT_VALID);
        // signed with our key but never issued (not tracked)
        assertAnswer(post(REFRESH, body("refresh", sign(claims(session, "refresh").jwtID(UUID.randomUUID().toString()).build()))),
                401, REFRESH_NOT_VALID);
        assertAnswer(post(REFRESH, body()), 400, "{'refresh': ['This field is required.']}");
    }

    @Test
    void theTokenEndpointsIgnoreAStaleAccessTokenSentAlong() {
        // simplejwt's token views authenticate nobody: a client that sends its expired access token in the
        // Authorization header while refreshing must still get a new one
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        String email = newEmail();
        JsonNode session = registerAndVerify(path, email, PASSWORD, "CLIENT");
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = sign(claims(session, "access").issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build());

        for (String stale : new String[] {expired, "garbage"}) {
            Response refreshed = api.post(REFRESH, body("refresh", session.get("refresh").asString())).bearer(stale).from(client).send();
            assertStatus(refreshed, 200);
            assertStatus(get(path.of("profile"), refreshed.json().get("access").asString()), 200);
            Response obtained = api.post(TOKEN, body("email", email, "password", PASSWORD)).bearer(stale).from(client).send();
            assertStatus(obtained, 200);
        }
        // elsewhere the stale token is still refused
        assertAnswer(get(path.of("profile"), expired), 401, NOT_VALID);
    }

    @Test
    void aRefreshTokenEndsWithItsLifetime() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        String refresh = activeUser(path, "CLIENT").get("refresh").asString();

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertAnswer(post(REFRESH, body("refresh", refresh)), 401, REFRESH_NOT_VALID);
    }

    @EveryUsersApiPath
    void logoutRevokesTheRefreshToken(UsersApiPath path) {
        JsonNode session = activeUser(path, "CLIENT");
        String refresh = session.get("refresh").asString();
        String otherSession = login(path, session.get("user").get("email").asString(), PASSWORD).json().get("refresh").asString();

        Response logout = post(path.of("logout"), body("refresh", refresh));

        assertAnswer(logout, 200, "{'detail': 'Successfully logged out.'}");
        assertAnswer(post(REFRESH, body("refresh", refresh)), 401, REFRESH_NOT_VALID);
        assertAnswer(post(path.of("logout"), body("refresh", refresh)), 400, "{'refresh': ['Token is invalid or expired']}");
        assertAnswer(post(path.of("logout"), body()), 400, "{'refresh': ['This field is required.']}");
        // only that session ends
        assertStatus(post(REFRESH, body("refresh", otherSession)), 200);
    }

    @EveryUsersApiPath
    void logoutEndsTheAccessTokensIssuedBeforeIt(UsersApiPath path) {
        JsonNode session = activeUser(path, "CLIENT");
        String email = session.get("user").get("email").asString();
        String access = session.get("access").asString();
        String profile = path.of("profile");
        assertStatus(get(profile, access), 200);

        assertStatus(post(path.of("logout"), body("refresh", session.get("refresh").asString())), 200);

        assertAnswer(get(profile, access), 401, NOT_VALID);
        // a token issued after the logout, most likely within the same second, works
        String afterwards = login(path, email, PASSWORD).json().get("access").asString();
        assertStatus(get(profile, afterwards), 200);
        assertAnswer(get(profile, access), 401, NOT_VALID);
    }

    @EveryUsersApiPath
    void aTokenWithoutExpiryIsRefused(UsersApiPath path) {
        JsonNode session = activeUser(path, "CLIENT");

        assertAnswer(get(path.of("profile"), sign(claims(session, "access").expirationTime(null).build())), 401, NOT_VALID);
        assertStatus(get(path.of("profile"), sign(claims(session, "access").build())), 200);
    }

    @EveryUsersApiPath
    void protectedEndpointsAnswer401WithoutAValidAccessToken(UsersApiPath path) {
        JsonNode session = activeUser(path, "CLIENT");
        String access = session.get("access").asString();
        String profile = path.of("profile");
        assertStatus(get(profile, access), 200);

        Response missing = get(profile, null);
        assertAnswer(missing, 401, NOT_PROVIDED);
        assertThat(missing.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertAnswer(api.get(profile).header("Authorization", "Basic dXNlcjpwYXNz").send(), 401, NOT_PROVIDED);

        assertAnswer(get(profile, "not.a.jwt"), 401, NOT_VALID);
        assertAnswer(get(profile, tamper(access)), 401, NOT_VALID);
        assertAnswer(get(profile, session.get("refresh").asString()), 401, NOT_VALID);
        assertAnswer(get(profile, unsigned(session)), 401, NOT_VALID);
        assertAnswer(get(profile, signWith("another-secret-of-at-least-thirty-two-bytes!", claims(session, "access").build())),
                401, NOT_VALID);
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertAnswer(get(profile, sign(claims(session, "access").issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build())), 401, NOT_VALID);
        // a well-formed access token of ours is accepted: the refusals above are about the token, not the claims
        assertStatus(get(profile, sign(claims(session, "access").build())), 200);
    }

    @Test
    void anAccessTokenIssuedAnHourAgoHasExpired() {
        UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");
        clock.advance(Duration.ofMinutes(-62));
        String access = login(path, email, PASSWORD).json().get("access").asString();
        clock.reset();

        assertAnswer(get(path.of("profile"), access), 401, NOT_VALID);
    }

    // ---- token forgery --------------------------------------------------------------------------

    /** The claims our issuer puts into a token of the session's user, valid for an hour from now. */
    private static JWTClaimsSet.Builder claims(JsonNode session, String type) {
        JsonNode user = session.get("user");
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(user.get("id").asString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("token_type", type)
                .claim("user_id", user.get("id").asLong())
                .claim("email", user.get("email").asString())
                .claim("role", user.get("role").asString());
    }

    private String sign(JWTClaimsSet claims) {
        return signWith(secret, claims);
    }

    private static String signWith(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}. */
    private static String unsigned(JsonNode session) {
        return new PlainJWT(claims(session, "access").build()).serialize();
    }

    /** The same signature over a payload that says something else (another role). */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.contains("\"CLIENT\"") ? payload.replace("\"CLIENT\"", "\"FREELANCER\"")
                : payload.replace("\"FREELANCER\"", "\"CLIENT\"");
        assertThat(changed).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
