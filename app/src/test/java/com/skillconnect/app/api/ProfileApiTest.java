package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import tools.jackson.databind.JsonNode;

/** GET profile/ and PUT/PATCH update/: the signed-in user's account; e-mail and role are read-only. */
class ProfileApiTest extends ApiTestSupport {

    @EveryUsersApiPath
    void showsTheSignedInUser(UsersApiPath path) {
        String email = newEmail();
        JsonNode session = registerAndVerify(path, email, PASSWORD, "FREELANCER");

        Response profile = get(path.of("profile"), session.get("access").asString());

        assertStatus(profile, 200);
        assertUser(profile.json(), email, "FREELANCER", true);
        assertThat(profile.json().get("id")).isEqualTo(session.get("user").get("id"));
    }

    @EveryUsersApiPath
    void putAndPatchChangeFirstLogin(UsersApiPath path) {
        String email = newEmail();
        String access = registerAndVerify(path, email, PASSWORD, "CLIENT").get("access").asString();

        Response put = update("PUT", path, access, "{\"first_login\": false}");
        assertStatus(put, 200);
        assertUser(put.json(), email, "CLIENT", false);
        assertUser(get(path.of("profile"), access).json(), email, "CLIENT", false);
        assertThat(login(path, email, PASSWORD).json().get("user").get("first_login").asBoolean()).isFalse();

        Response patch = update("PATCH", path, access, "{\"first_login\": true}");
        assertStatus(patch, 200);
        assertUser(patch.json(), email, "CLIENT", true);
        assertThat(accountRow(email)).containsEntry("first_login", true);
    }

    @EveryUsersApiPath
    void emailAndRoleInTheBodyAreIgnored(UsersApiPath path) {
        String email = newEmail();
        String access = registerAndVerify(path, email, PASSWORD, "CLIENT").get("access").asString();
        String other = newEmail();

        Response patch = update("PATCH", path, access,
                "{\"email\": \"" + other + "\", \"role\": \"FREELANCER\", \"id\": 999999, \"first_login\": false}");

        assertStatus(patch, 200);
        assertUser(patch.json(), email, "CLIENT", false);
        assertThat(accountRow(email)).containsEntry("role", "CLIENT").containsEntry("first_login", false);
        assertThat(accounts(other)).isZero();

        Response put = update("PUT", path, access, "{\"role\": \"FREELANCER\"}");
        assertStatus(put, 200);
        assertUser(put.json(), email, "CLIENT", false);
    }

    @EveryUsersApiPath
    void anEmptyUpdateChangesNothing(UsersApiPath path) {
        String email = newEmail();
        String access = registerAndVerify(path, email, PASSWORD, "CLIENT").get("access").asString();

        Response patch = update("PATCH", path, access, "{}");

        assertStatus(patch, 200);
        assertUser(patch.json(), email, "CLIENT", true);
    }

    @EveryUsersApiPath
    void aValueOfTheWrongTypeIsAFieldError(UsersApiPath path) {
        String access = activeUser(path, "CLIENT").get("access").asString();

        Response patch = update("PATCH", path, access, "{\"first_login\": \"maybe\"}");

        assertStatus(patch, 400);
        assertThat(patch.json().propertyNames()).containsExactly("first_login");
    }

    @EveryUsersApiPath
    void bothNeedAnAccessToken(UsersApiPath path) {
        String notProvided = "{'detail': 'Authentication credentials were not provided.'}";
        assertAnswer(get(path.of("profile"), null), 401, notProvided);
        assertAnswer(api.request("PUT", path.of("update")).json("{\"first_login\": false}").from(client).send(), 401, notProvided);
        assertAnswer(api.request("PATCH", path.of("update")).json("{\"first_login\": false}").from(client).send(), 401, notProvided);
    }

    private Response update(String method, UsersApiPath path, String access, String json) {
        return api.request(method, path.of("update")).bearer(access).json(json).from(client).send();
    }
}
