package com.skillconnect.app.api;

import static org.awaitility.Awaitility.await;

import com.skillconnect.app.test.HttpApi.Response;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What marketplace's API tests share: users with a real profile, created through talent's API and waited for
 * until marketplace knows their card (it learns them from talent's events, asynchronously). Adds no configuration,
 * so the context stays shared. Gigs, proposals and orders tests build on it.
 */
abstract class MarketplaceApiSupport extends FreelancerApiSupport {

    static final String GIGS = "/api/v1/gigs/";

    /** A user with a profile: who calls, and their profile id (the {@code id} of their cards). */
    record Party(Caller caller, long profileId, String name) {
        long userId() {
            return caller.userId();
        }
    }

    /** A freelancer with a freelancer profile (the API document's example, named as given) that marketplace knows. */
    Party freelancerWithProfile(String firstName, String lastName) {
        Caller caller = freelancer();
        Map<String, Object> body = example();
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        JsonNode profile = create(caller, body);
        awaitCard("freelancer_card", caller.userId());
        return new Party(caller, profile.get("id").asLong(), firstName + " " + lastName);
    }

    /** A client with a business client profile (the API document's example, named as given) that marketplace knows. */
    Party clientWithProfile(String firstName, String lastName) {
        Caller caller = clientUser();
        Map<String, Object> body = ClientApiTestBase.documentExample();
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        Response created = send("POST", "/api/v1/profiles/client/profile-setup/", caller, body);
        assertStatus(created, 201);
        awaitCard("client_card", caller.userId());
        return new Party(caller, created.json().get("id").asLong(), firstName + " " + lastName);
    }

    private void awaitCard(String table, long userId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from marketplace." + table + " where user_id = ?", Integer.class, userId) == 1);
    }
}
