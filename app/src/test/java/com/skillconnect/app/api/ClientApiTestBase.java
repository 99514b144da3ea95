package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the client-profile API tests share: users with tokens, JSON and multipart requests, the document's example. */
abstract class ClientApiTestBase extends ApiTestSupport {

    static final String PROFILES = "/api/v1/profiles/";
    static final String SETUP = PROFILES + "client/profile-setup/";
    static final String ME = SETUP + "me/";
    static final String BROWSE = PROFILES + "clients/browse/";
    static final UsersApiPath USERS = new UsersApiPath(UsersApiPath.DOCUMENTED, true);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    /** A signed-in user: their id and access token. */
    record User(long id, String token) {
    }

    User newUser(String role) {
        JsonNode session = activeUser(USERS, role);
        return new User(session.get("user").get("id").asLong(), session.get("access").asString());
    }

    User newClientUser() {
        return newUser("CLIENT");
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The API document's create example, exactly as written there. */
    static Map<String, Object> documentExample() {
        return body("account_type", "business", "first_name", "Jane", "last_name", "Smith",
                "company_name", "TechStart Inc", "profile_picture", "<file>",
                "company_description", "We build innovative software solutions", "country", "India",
                "location", "Bangalore", "industry", "Technology", "company_size", "10-50",
                "website", "https://techstart.com", "project_types", "Web Development, Mobile Apps",
                "budget_range", "$10,000 - $50,000", "project_frequency", "Monthly",
                "preferred_communications", "Email, Slack", "working_hours", "9 AM - 6 PM IST",
                "business_goals", "Scale our platform to 10k users", "current_challenges", "Need faster development cycles",
                "previous_experiences", "Worked with 5 freelancers before", "expected_timeline", "3-6 months",
                "quality_importance", "High", "payment_method", "Bank Transfer", "monthly_budget", 50000,
                "project_budget", 200000, "payment_timing", "Milestone-based");
    }

    Response send(String method, String path, String token, Object json) {
        var request = api.request(method, path).from(client);
        if (json != null) {
            request.json(json);
        }
        return (token == null ? request : request.bearer(token)).send();
    }

    Response createClient(User user, Map<String, Object> body) {
        return send("POST", SETUP, user.token(), body);
    }

    JsonNode createdClient(User user, Map<String, Object> body) {
        Response created = createClient(user, body);
        assertStatus(created, 201);
        return created.json();
    }

    /** A multipart/form-data request: text fields, and a picture when {@code fileName} is not null. */
    Response multipart(String method, String path, String token, Map<String, String> fields, String fileName, byte[] file) {
        MultipartForm form = new MultipartForm();
        fields.forEach(form::field);
        if (fileName != null) {
            form.file("profile_picture", fileName, "application/octet-stream", file);
        }
        return api.request(method, path).bearer(token).from(client).multipart(form).send();
    }

    int clientRows(long userId) {
        return jdbc.queryForObject("select count(*) from talent.client where user_id = ?", Integer.class, userId);
    }
}
