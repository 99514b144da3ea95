package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.app.test.RawHttp;
import com.skillconnect.app.test.RawHttp.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bad inputs seen answering 500 or a misleading 409, each now a DRF-shaped 4xx. */
class BadInputApiTest extends FreelancerApiSupport {

    private static final String LOGIN = "/api/v1/auth/users/login/";

    @Test
    void aWildcardContentTypeIsAnUnsupportedMediaType() {
        Response wildcard = api.request("POST", LOGIN).body("*/*", "{\"email\": \"a@b.com\", \"password\": \"x\"}").from(client).send();
        assertAnswer(wildcard, 415, "{'detail': 'Unsupported media type \"*/*\" in request.'}");

        Caller john = freelancer();
        Response patch = api.request("PATCH", ME).bearer(john.access()).body("application/*", "{}").send();
        assertAnswer(patch, 415, "{'detail': 'Unsupported media type \"application/*\" in request.'}");
    }

    @Test
    void aNumberTooLargeForADoubleIsAFieldError() {
        Caller john = freelancer();
        create(john, example());

        assertAnswer(send("PATCH", ME, john, "{\"age\": 1e400}"), 400, "{'age': ['A valid number is required.']}");
        assertAnswer(send("PATCH", ME, john, "{\"educations_input\": [{\"college\": \"MIT\", \"start_year\": -1e400}]}"), 400,
                "{'educations_input.0.start_year': ['A valid number is required.']}");
    }

    @Test
    void aLoneSurrogateIsAFieldErrorNotAQuestionMark() {
        Caller john = freelancer();
        create(john, example());

        Response refused = send("PATCH", ME, john, "{\"skills_input\": [{\"name\": \"Py\\ud800\"}]}");

        assertAnswer(refused, 400, "{'skills_input.0.name': ['Surrogate characters are not allowed: U+D800.']}");
        assertThat(fetch(ME, john).body()).contains("Python").doesNotContain("Py?");
    }

    @Test
    void aNulCharacterInJsonIsAFieldErrorNotAConflict() {
        assertAnswer(post(LOGIN, body("email", "a\u0000b@example.com", "password", "x")), 400,
                "{'email': ['Null characters are not allowed.']}");

        Caller john = freelancer();
        create(john, example());
        assertAnswer(send("PATCH", ME, john, Map.of("first_name", "Jo\u0000hn")), 400, "{'first_name': ['Null characters are not allowed.']}");
    }

    @Test
    void aNulCharacterInAQueryIsAFieldErrorNotAConflict() {
        assertAnswer(fetch(BROWSE + "?search=a%00b", null), 400, "{'search': ['Null characters are not allowed.']}");
        assertAnswer(fetch("/api/v1/profiles/city-autocomplete/?q=%00", null), 400, "{'q': ['Null characters are not allowed.']}");
    }

    @Test
    void aNulCharacterInAFormFieldIsAFieldError() {
        Caller john = freelancer();
        MultipartForm form = new MultipartForm().field("first_name", "Jo\u0000hn").field("last_name", "Doe");

        assertAnswer(multipart("POST", SETUP, john, form), 400, "{'first_name': ['Null characters are not allowed.']}");
        assertThat(profilesOf(john.userId())).isZero();
    }

    @Test
    void aBadPercentEncodingInAQueryIsABadRequest() {
        RawHttp raw = new RawHttp(port);
        for (String query : new String[] {"q=%FF", "q=%", "q=%G1", "q=%ED%A0%80", "=x"}) {
            Answer answer = raw.send("GET", "/api/v1/profiles/city-autocomplete/?" + query, Map.of(), null);
            assertThat(answer.status()).as(query + ": " + answer).isEqualTo(400);
            assertThat(json(answer.body())).as(query).isEqualTo(json(
                    "{'detail': 'Malformed query string: use UTF-8 and valid percent-encoding.'}"));
        }
    }

    @Test
    void aSortThatSpringDataWouldDecodeAgainIsAFieldError() {
        assertAnswer(fetch(BROWSE + "?sort=%25%5F%5C", null), 400, "{'sort': ['Invalid value.']}");
        assertAnswer(fetch("/api/v1/profiles/clients/browse/?sort=%25", null), 400, "{'sort': ['Invalid value.']}");
    }

    @Test
    void malformedFormDataIsABadRequest() {
        Response refused = api.request("POST", LOGIN).body("application/x-www-form-urlencoded", "email=%FF&password=%00").from(client).send();

        assertAnswer(refused, 400, "{'detail': 'Malformed form data: use UTF-8 and valid percent-encoding.'}");

        Caller john = freelancer();
        Response patch = api.request("PATCH", ME).bearer(john.access()).body("application/x-www-form-urlencoded", "about=%").send();
        assertAnswer(patch, 400, "{'detail': 'Malformed form data: use UTF-8 and valid percent-encoding.'}");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        assertAnswer(api.get("/error").send(), 404, "{'detail': 'Not found.'}");
        assertAnswer(api.post("/error", "{}").send(), 404, "{'detail': 'Not found.'}");
        assertThat(api.get("/v3/api-docs").send().json().get("paths").has("/error")).isFalse();
    }

    private Response send(String method, String path, Caller caller, String rawJson) {
        return api.request(method, path).bearer(caller.access()).from(client).json(rawJson).send();
    }
}
