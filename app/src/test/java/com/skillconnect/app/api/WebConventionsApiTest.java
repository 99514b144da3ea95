package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every endpoint shares: 404, 405, 415, bad JSON, CORS, and the operational endpoints anyone may read. */
class WebConventionsApiTest extends ApiTestSupport {

    private static final String FRONTEND = "http://localhost:5173";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/no-such-action/", "/api/v1/auth/users/no-such-action", "/api/v1/nothing/here/",
            "/no/such/page", "/api/v1/users/profile/extra/"})
    void unknownPathsAnswerNotFoundWithoutAskingForAToken(String path) {
        assertAnswer(api.get(path).send(), 404, "{'detail': 'Not found.'}");
        assertAnswer(api.post(path, "{}").send(), 404, "{'detail': 'Not found.'}");
    }

    @EveryUsersApiPath
    void aKnownPathWithAnotherMethodIsNotAllowed(UsersApiPath path) {
        Response get = api.get(path.of("register")).send();
        assertAnswer(get, 405, "{'detail': 'Method \"GET\" not allowed.'}");
        assertThat(get.header("Allow")).hasValue("POST");

        Response delete = api.request("DELETE", path.of("profile")).send();
        assertAnswer(delete, 405, "{'detail': 'Method \"DELETE\" not allowed.'}");
        assertThat(delete.header("Allow")).hasValue("GET");

        assertAnswer(api.post(path.of("update"), "{}").send(), 405, "{'detail': 'Method \"POST\" not allowed.'}");
    }

    @EveryUsersApiPath
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType(UsersApiPath path) {
        Response response = api.request("POST", path.of("register")).body("text/plain", "email=a@b.com").send();

        assertStatus(response, 415);
        assertThat(response.json().propertyNames()).containsExactly("detail");
        assertThat(response.json().get("detail").asString()).startsWith("Unsupported media type \"text/plain").endsWith("\" in request.");
    }

    @EveryUsersApiPath
    void malformedJsonIsABadRequest(UsersApiPath path) {
        Response broken = api.post(path.of("login"), "{\"email\": \"a@b.com\", ").send();
        assertStatus(broken, 400);
        assertThat(broken.json().propertyNames()).containsExactly("detail");
        assertThat(broken.json().get("detail").asString()).startsWith("JSON parse error");

        Response empty = api.request("POST", path.of("login")).body("application/json", "").send();
        assertStatus(empty, 400);
        assertThat(empty.json().get("detail").asString()).startsWith("JSON parse error");

        Response wrongType = api.post(path.of("login"), "{\"email\": [\"a@b.com\"], \"password\": \"x\"}").send();
        assertAnswer(wrongType, 400, "{'email': ['Invalid value.']}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:5173", "http://127.0.0.1:5173", "http://localhost:3000"})
    void corsPreflightFromTheFrontendEchoesTheOriginWithCredentials(String origin) {
        for (String path : new String[] {"/api/v1/auth/users/login/", "/api/v1/users/profile/", "/api/v1/auth/token/refresh/"}) {
            Response preflight = api.request("OPTIONS", path)
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type")
                    .send();

            assertThat(preflight.status()).as("%s", preflight).isBetween(200, 204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).hasValue(origin);
            assertThat(preflight.header("Access-Control-Allow-Credentials")).hasValue("true");
            assertThat(preflight.header("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
            assertThat(preflight.header("Access-Control-Allow-Headers")).hasValueSatisfying(h ->
                    assertThat(h.toLowerCase()).contains("authorization").contains("content-type"));
        }
    }

    @Test
    void corsActualRequestsCarryTheOriginToo() {
        String email = newEmail();
        Response response = api.post("/api/v1/auth/users/register/", body("email", email, "password", PASSWORD, "role", "CLIENT"))
                .header("Origin", FRONTEND).from(client).send();

        assertStatus(response, 201);
        assertThat(response.header("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(response.header("Access-Control-Allow-Credentials")).hasValue("true");
        mail.nextCode(email);

        // errors too, so that the browser lets the client see the 401 that makes it refresh
        Response unauthorized = api.get("/api/v1/auth/users/profile/").header("Origin", FRONTEND).send();
        assertAnswer(unauthorized, 401, "{'detail': 'Authentication credentials were not provided.'}");
        assertThat(unauthorized.header("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(unauthorized.header("Access-Control-Allow-Credentials")).hasValue("true");
    }

    @Test
    void corsFromAnotherOriginIsRefused() {
        Response preflight = api.request("OPTIONS", "/api/v1/auth/users/login/")
                .header("Origin", "http://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .send();

        assertStatus(preflight, 403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().map().toString()).doesNotContain("Access-Control-Allow-Origin=[*]");

        Response actual = api.post("/api/v1/auth/users/login/", body("email", newEmail(), "password", PASSWORD))
                .header("Origin", "http://evil.example.com").from(client).send();
        assertStatus(actual, 403);
        assertThat(actual.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthIsUpWithoutAToken() {
        Response health = api.get("/actuator/health").send();

        assertStatus(health, 200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreReachableWithoutAToken() {
        Response docs = api.get("/v3/api-docs").send();
        assertStatus(docs, 200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/users/register", "/api/v1/auth/users/register", "/api/v1/auth/token", "/api/v1/auth/token/refresh");

        Response ui = new HttpApi(port, HttpClient.Redirect.NORMAL).get("/swagger-ui.html").header("Accept", "text/html").send();
        assertStatus(ui, 200);
        assertThat(ui.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
