package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.marketplace.OrderPlaced;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the order-creating POSTs (ADR 31): a repeat answers the first answer and places nothing
 * more, another request with the key is 422, a repeat while the first runs is 409 and never a second order; the key
 * is the caller's own, bounded, and forgotten after its retention; without it the endpoints answer as before.
 */
class IdempotencyKeyApiTest extends OrderApiSupport {

    static final String OTHER_REQUEST = "{'detail': 'Idempotency-Key was used with a different request.'}";
    static final String DUPLICATE = "{'non_field_errors': ['You already have an active order for this service.']}";

    @Test
    void theSameKeyTwiceAnswersTheFirstAnswerAgainAndPlacesOneOrder() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String key = UUID.randomUUID().toString();

        Response first = orderService(buyer.caller(), gig, "Hi", key);
        Response again = orderService(buyer.caller(), gig, "Hi", key);

        assertStatus(first, 201);
        assertThat(first.header(IDEMPOTENT_REPLAYED)).isEmpty();
        assertStatus(again, 201);
        assertThat(again.header(IDEMPOTENT_REPLAYED)).hasValue("true");
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.json()).isEqualTo(first.json());
        long id = first.json().get("id").asLong();
        assertThat(ordersOf(buyer, gig)).containsExactly(id);
        assertThat(publishedEvents.ofType(OrderPlaced.class)).filteredOn(placed -> placed.orderId().value() == id).hasSize(1);
    }

    @Test
    void withoutAKeyTheEndpointAnswersAsBefore() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");

        long id = placed(orderService(buyer.caller(), gig, "Hi"));
        Response again = orderService(buyer.caller(), gig, "Hi");

        assertAnswer(again, 400, DUPLICATE);
        assertThat(again.header(IDEMPOTENT_REPLAYED)).isEmpty();
        assertThat(ordersOf(buyer, gig)).containsExactly(id);
        assertThat(keysOf(buyer)).isZero();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndPlacesNothing() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long logo = gigOf(seller, "Logo");
        long website = gigOf(seller, "Website");
        String key = UUID.randomUUID().toString();
        long id = placed(orderService(buyer.caller(), logo, "Hi", key));

        assertAnswer(orderService(buyer.caller(), logo, "Hello", key), 422, OTHER_REQUEST);
        assertAnswer(orderService(buyer.caller(), website, "Hi", key), 422, OTHER_REQUEST);
        // another endpoint is another request too
        assertAnswer(applyTo(buyer.caller(), proposalOf(buyer, "Shop"), "Hi", key), 422, OTHER_REQUEST);

        assertThat(ordersOf(buyer, logo)).containsExactly(id);
        assertThat(ordersOf(buyer, website)).isEmpty();
    }

    @Test
    void aKeyIsTheCallersOwn() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        Party otherBuyer = clientWithProfile("Asha", "Rao");
        long gig = gigOf(seller, "Logo");
        String key = UUID.randomUUID().toString();

        long mine = placed(orderService(buyer.caller(), gig, "Hi", key));
        Response theirs = orderService(otherBuyer.caller(), gig, "Hi", key);

        assertStatus(theirs, 201);
        assertThat(theirs.header(IDEMPOTENT_REPLAYED)).isEmpty();
        assertThat(theirs.json().get("id").asLong()).isNotEqualTo(mine);
        assertThat(ordersOf(otherBuyer, gig)).containsExactly(theirs.json().get("id").asLong());
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String key = UUID.randomUUID().toString();

        Response refused = send(buyer.caller(), SERVICE_ORDERS, body("message", "Hi"), key);
        assertStatus(refused, 400);
        assertThat(keysOf(buyer)).isZero();

        Response corrected = orderService(buyer.caller(), gig, "Hi", key);
        assertStatus(corrected, 201);
        assertThat(ordersOf(buyer, gig)).containsExactly(corrected.json().get("id").asLong());
    }

    @Test
    void concurrentRepeatsPlaceOneOrderAndTheOthersWaitOrAreRefused() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String key = UUID.randomUUID().toString();

        List<Response> answers = together(IntStream.range(0, 6)
                .<Supplier<Response>>mapToObj(i -> () -> orderService(buyer.caller(), gig, "Hi", key)).toList());

        assertThat(answers).extracting(Response::status).as("%s", answers).containsOnly(201, 409).contains(201);
        List<Long> ids = answers.stream().filter(answer -> answer.status() == 201)
                .map(answer -> answer.json().get("id").asLong()).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(ordersOf(buyer, gig)).containsExactlyElementsOf(ids);
        answers.stream().filter(answer -> answer.status() == 409).forEach(answer -> assertAnswer(answer, 409,
                "{'detail': 'A request with this Idempotency-Key is still in progress. Try again shortly.'}"));
    }

    @Test
    void aRepeatWhileTheFirstIsInFlightIsRefusedUntilTheFirstIsTakenForDead() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long logo = gigOf(seller, "Logo");
        long website = gigOf(seller, "Website");
        String key = UUID.randomUUID().toString();
        long id = placed(orderService(buyer.caller(), website, "Hi", key));
        // as if the request were still running: no answer yet
        jdbc.update("""
                update idempotency_key set response_status = null, response_body = null, completed_at = null
                where caller = ? and idempotency_key = ?""", Long.toString(buyer.userId()), key);

        assertAnswer(orderService(buyer.caller(), website, "Hi", key), 409,
                "{'detail': 'A request with this Idempotency-Key is still in progress. Try again shortly.'}");
        assertAnswer(orderService(buyer.caller(), logo, "Hi", key), 422, OTHER_REQUEST);
        assertThat(ordersOf(buyer, logo)).isEmpty();

        // held for longer than the in-flight timeout (2 minutes): the server that ran it died, the repeat runs again
        clock.advance(java.time.Duration.ofMinutes(3));
        assertAnswer(orderService(buyer.caller(), website, "Hi", key), 400, DUPLICATE);
        assertThat(ordersOf(buyer, website)).containsExactly(id);
    }

    @Test
    void anExpiredKeyIsForgottenAndTheRequestRunsAgain() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String key = UUID.randomUUID().toString();
        long id = placed(orderService(buyer.caller(), gig, "Hi", key));
        assertThat(jdbc.queryForObject("""
                select extract(epoch from expires_at - created_at) from idempotency_key where caller = ? and idempotency_key = ?""",
                Double.class, Long.toString(buyer.userId()), key)).as("kept 24 h").isEqualTo(86_400.0);

        jdbc.update("update idempotency_key set expires_at = ? where caller = ? and idempotency_key = ?",
                Timestamp.from(clock.instant()), Long.toString(buyer.userId()), key);

        // it runs again: the marketplace refuses a second active order for the gig, the key is free again
        assertAnswer(orderService(buyer.caller(), gig, "Hi", key), 400, DUPLICATE);
        assertThat(ordersOf(buyer, gig)).containsExactly(id);
        assertThat(keysOf(buyer)).isZero();
    }

    @Test
    void aKeyIsOneTo255PrintableCharacters() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String bad = "{'detail': 'Idempotency-Key must be 1 to 255 printable ASCII characters.'}";

        assertAnswer(orderService(buyer.caller(), gig, "Hi", "k".repeat(256)), 400, bad);
        assertAnswer(orderService(buyer.caller(), gig, "Hi", "   "), 400, bad);
        assertThat(ordersOf(buyer, gig)).isEmpty();

        String longest = "k".repeat(255);
        long id = placed(orderService(buyer.caller(), gig, "Hi", longest));
        assertThat(orderService(buyer.caller(), gig, "Hi", longest).json().get("id").asLong()).isEqualTo(id);
    }

    @Test
    void applicationsTakeTheKeyToo() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        long proposal = proposalOf(client, "Shop");
        String key = UUID.randomUUID().toString();

        Response first = applyTo(freelancer.caller(), proposal, "Pick me", key);
        Response again = applyTo(freelancer.caller(), proposal, "Pick me", key);

        assertStatus(first, 201);
        assertStatus(again, 201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("select count(*) from marketplace.orders where freelancer_user_id = ? and subject_id = ?",
                Long.class, freelancer.userId(), proposal)).isEqualTo(1);
    }

    @Test
    void aPostThatCreatesNothingIgnoresTheKey() {
        Party seller = freelancerWithProfile("John", "Doe");
        String key = UUID.randomUUID().toString();

        assertStatus(send(seller.caller(), SERVICES, with(gigExample(), "title", "One"), key), 201);
        assertStatus(send(seller.caller(), SERVICES, with(gigExample(), "title", "One"), key), 201);

        assertThat(keysOf(seller)).isZero();
    }

    @Test
    void theBrowserMaySendTheKey() {
        Response preflight = api.request("OPTIONS", SERVICE_ORDERS)
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .send();

        assertThat(preflight.status()).as("%s", preflight).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers.toLowerCase()).contains("idempotency-key"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    Response orderService(Caller caller, long gigId, String message, String key) {
        return send(caller, SERVICE_ORDERS, body("service_id", gigId, "message", message), key);
    }

    Response applyTo(Caller caller, long proposalId, String message, String key) {
        return send(caller, PROPOSAL_ORDERS, body("proposal_id", proposalId, "message", message), key);
    }

    Response send(Caller caller, String path, Map<String, Object> json, String key) {
        return api.request("POST", path).from(client).json(json).bearer(caller.access()).header("Idempotency-Key", key).send();
    }

    List<Long> ordersOf(Party client, long subject) {
        return jdbc.queryForList("select id from marketplace.orders where client_user_id = ? and subject_id = ? order by id",
                Long.class, client.userId(), subject);
    }

    long keysOf(Party party) {
        return jdbc.queryForObject("select count(*) from idempotency_key where caller = ?", Long.class,
                Long.toString(party.userId()));
    }
}
