package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.SqlStatementCounter;
import com.skillconnect.app.test.SqlStatementCounter.Executed;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service orders end to end: a client with a profile orders an active gig, both parties see it (and nobody else),
 * the gig's freelancer decides, either party completes; every refused change answers {@code {"error": …}}.
 */
class ServiceOrderApiTest extends OrderApiSupport {

    @Test
    void aClientOrdersAGigAndTheAnswerIsTheFullOrder() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        Response offered = multipart("POST", SERVICES, seller.caller(),
                exampleGigForm().file("image", "web.png", "image/png", realPng()));
        assertStatus(offered, 201);
        long gig = offered.json().get("id").asLong();

        Response created = orderService(buyer.caller(), gig, "Excited to work, please start ASAP!");

        assertStatus(created, 201);
        JsonNode order = created.json();
        assertThat(order.propertyNames()).containsExactly("id", "client", "freelancer", "service", "message", "status",
                "created_at", "updated_at");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("message").asString()).isEqualTo("Excited to work, please start ASAP!");
        assertThat(order.get("created_at").asString()).endsWith("Z");
        assertThat(order.get("client")).isEqualTo(json("""
                {'id': %d, 'name': 'Jane Smith', 'account_type': 'business', 'company_name': 'TechStart Inc',
                 'profile_picture': null, 'country': 'India', 'location': 'Bangalore', 'industry': 'Technology'}"""
                .formatted(buyer.profileId())));
        assertThat(order.get("freelancer")).isEqualTo(json("""
                {'id': %d, 'name': 'John Doe', 'location': 'Mumbai', 'rating': 0, 'review_count': 0,
                 'is_available': true, 'profile_picture': null}""".formatted(seller.profileId())));
        JsonNode service = order.get("service");
        assertThat(service.propertyNames()).containsExactly("id", "title", "price", "delivery_time", "image", "category");
        assertThat(service.get("id").asLong()).isEqualTo(gig);
        assertThat(service.get("title").asString()).isEqualTo("Website Design");
        assertThat(service.get("price").decimalValue()).isEqualByComparingTo("25000");
        assertThat(service.get("delivery_time").asInt()).isEqualTo(10);
        assertThat(service.get("image").asString()).as("the gig's image, absolute")
                .isEqualTo(offered.json().get("image").asString()).startsWith("http://localhost:" + port + "/media/services/");
        assertThat(service.get("category")).isEqualTo(json("{'id': 2, 'name': 'Web Development'}"));

        long id = order.get("id").asLong();
        assertThat(publishedEvents.ofType(OrderPlaced.class)).anySatisfy(placed -> {
            assertThat(placed.orderId().value()).isEqualTo(id);
            assertThat(placed.clientUser().value()).isEqualTo(buyer.userId());
            assertThat(placed.freelancerUser().value()).isEqualTo(seller.userId());
        });
    }

    @Test
    void bothPartiesSeeTheOrderAndNobodyElse() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        Party otherBuyer = clientWithProfile("Asha", "Rao");
        long id = placed(orderService(buyer.caller(), gigOf(seller, "Logo"), "Hi"));

        for (Party party : List.of(seller, buyer)) {
            Response list = fetch(SERVICE_ORDERS, party.caller());
            assertStatus(list, 200);
            assertThat(list.json().get("count").asInt()).isEqualTo(1);
            assertThat(list.json().get("results").get(0).get("id").asLong()).isEqualTo(id);
            Response one = fetch(SERVICE_ORDERS + id + "/", party.caller());
            assertStatus(one, 200);
            assertThat(one.json()).isEqualTo(list.json().get("results").get(0));
        }
        assertAnswer(fetch(SERVICE_ORDERS, otherBuyer.caller()), 200, "{'count': 0, 'next': null, 'previous': null, 'results': []}");
        assertAnswer(fetch(SERVICE_ORDERS + id + "/", otherBuyer.caller()), 404, "{'detail': 'Not found.'}");
        assertAnswer(fetch(PROPOSAL_ORDERS + id + "/", buyer.caller()), 404, "{'detail': 'Not found.'}");
        assertStatus(fetch(SERVICE_ORDERS, null), 401);
    }

    @Test
    void theFreelancerAcceptsAndEitherPartyCompletes() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long id = placed(orderService(buyer.caller(), gigOf(seller, "Logo"), "Hi"));

        Response accepted = changeStatus(SERVICE_ORDERS, id, seller.caller(), "accepted");
        assertStatus(accepted, 200);
        assertThat(accepted.json().get("id").asLong()).isEqualTo(id);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("service").get("title").asString()).isEqualTo("Logo");

        Response completed = changeStatus(SERVICE_ORDERS, id, buyer.caller(), "completed");
        assertStatus(completed, 200);
        assertThat(completed.json().get("status").asString()).isEqualTo("completed");
        assertThat(publishedEvents.ofType(OrderStatusChanged.class)).filteredOn(changed -> changed.orderId().value() == id)
                .extracting(OrderStatusChanged::status).containsExactly(OrderStatus.ACCEPTED, OrderStatus.COMPLETED);
    }

    @Test
    void theFreelancerRejectsOrCancelsAnAcceptedOrderAndTheClientWithdrawsAPendingOne() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");

        long rejected = placed(orderService(buyer.caller(), gig, "one"));
        assertStatus(changeStatus(SERVICE_ORDERS, rejected, seller.caller(), "Rejected"), 200);
        assertThat(orderStatus(rejected)).isEqualTo("REJECTED");

        long withdrawn = placed(orderService(buyer.caller(), gig, "two"));
        assertStatus(changeStatus(SERVICE_ORDERS, withdrawn, buyer.caller(), "cancelled"), 200);
        assertThat(orderStatus(withdrawn)).isEqualTo("CANCELLED");

        long called = placed(orderService(buyer.caller(), gig, "three"));
        assertStatus(changeStatus(SERVICE_ORDERS, called, seller.caller(), "accepted"), 200);
        assertStatus(changeStatus(SERVICE_ORDERS, called, seller.caller(), "cancelled"), 200);
        assertThat(orderStatus(called)).isEqualTo("CANCELLED");
    }

    @Test
    void everyOtherChangeAnswersAnErrorAndChangesNothing() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        long pending = placed(orderService(buyer.caller(), gig, "Hi"));
        Map<String, Object> before = orderRow(pending);

        assertAnswer(changeStatus(SERVICE_ORDERS, pending, buyer.caller(), "accepted"), 400,
                "{'error': 'Only the freelancer of this service can accept this order.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, buyer.caller(), "rejected"), 400,
                "{'error': 'Only the freelancer of this service can reject this order.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "cancelled"), 400,
                "{'error': 'Only the client who placed this order can cancel it while it is pending; reject it instead.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "completed"), 400,
                "{'error': 'A pending order cannot be completed; it must be accepted first.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "pending"), 400,
                "{'error': \"Status must be one of ['accepted', 'rejected', 'cancelled', 'completed'].\"}");
        assertThat(orderRow(pending)).isEqualTo(before);

        assertStatus(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "accepted"), 200);
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "accepted"), 400,
                "{'error': 'This order is already accepted.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, seller.caller(), "rejected"), 400,
                "{'error': 'An accepted order cannot be rejected; cancel it instead.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, pending, buyer.caller(), "cancelled"), 400,
                "{'error': 'Only the freelancer of this service can cancel this order.'}");

        long rejected = placed(orderService(clientWithProfile("Asha", "Rao").caller(), gig, "Hi"));
        assertStatus(changeStatus(SERVICE_ORDERS, rejected, seller.caller(), "rejected"), 200);
        assertAnswer(changeStatus(SERVICE_ORDERS, rejected, seller.caller(), "accepted"), 400,
                "{'error': 'A rejected order cannot be accepted.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, rejected, seller.caller(), "completed"), 400,
                "{'error': 'A rejected order cannot be completed.'}");
    }

    @Test
    void aStatusChangeNeedsOneOfTheFourStatuses() {
        Party seller = freelancerWithProfile("John", "Doe");
        long id = placed(orderService(clientWithProfile("Jane", "Smith").caller(), gigOf(seller, "Logo"), "Hi"));
        String choices = "{'error': \"Status must be one of ['accepted', 'rejected', 'cancelled', 'completed'].\"}";

        assertAnswer(send("PATCH", SERVICE_ORDERS + id + "/", seller.caller(), Map.of()), 400, "{'error': 'Missing status field.'}");
        assertAnswer(send("PATCH", SERVICE_ORDERS + id + "/", seller.caller(), body("status", null)), 400,
                "{'error': 'Missing status field.'}");
        assertAnswer(send("PATCH", SERVICE_ORDERS + id + "/", seller.caller(), "[]"), 400, "{'error': 'Missing status field.'}");
        assertAnswer(changeStatus(SERVICE_ORDERS, id, seller.caller(), "done"), 400, choices);
        assertAnswer(send("PATCH", SERVICE_ORDERS + id + "/", seller.caller(), body("status", 1)), 400, choices);
        assertAnswer(send("PATCH", SERVICE_ORDERS + id + "/", seller.caller(), body("status", List.of("accepted"))), 400, choices);
        assertThat(orderStatus(id)).isEqualTo("PENDING");
    }

    @Test
    void aSecondLiveOrderOfTheSameGigIsRefusedAndAFinishedOneIsNot() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        String duplicate = "{'non_field_errors': ['You already have an active order for this service.']}";
        long first = placed(orderService(buyer.caller(), gig, "Hi"));

        assertAnswer(orderService(buyer.caller(), gig, "again"), 400, duplicate);
        assertStatus(changeStatus(SERVICE_ORDERS, first, seller.caller(), "accepted"), 200);
        assertAnswer(orderService(buyer.caller(), gig, "again"), 400, duplicate);
        assertStatus(changeStatus(SERVICE_ORDERS, first, seller.caller(), "cancelled"), 200);

        placed(orderService(buyer.caller(), gig, "once more"));
        placed(orderService(buyer.caller(), gigOf(seller, "Banner"), "another gig is another order"));
    }

    @Test
    void twoOrdersOfTheSameGigAtOnceMakeOneOrder() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        Supplier<Response> order = () -> orderService(buyer.caller(), gig, "Hi");

        List<Response> answers = together(List.of(order, order, order, order));

        assertThat(answers).extracting(Response::status).containsOnlyOnce(201).containsOnly(201, 400);
        assertThat(answers).filteredOn(answer -> answer.status() == 400).allSatisfy(answer -> assertThat(answer.json())
                .isEqualTo(json("{'non_field_errors': ['You already have an active order for this service.']}")));
        assertThat(jdbc.queryForObject("select count(*) from marketplace.orders where subject_id = ? and type = 'SERVICE'",
                Integer.class, gig)).isEqualTo(1);
    }

    @Test
    void onlyAClientWithAProfileOrdersAndOnlyAnActiveGig() {
        Party seller = freelancerWithProfile("John", "Doe");
        long gig = gigOf(seller, "Logo");

        assertAnswer(orderService(freelancerWithProfile("Mira", "Sen").caller(), gig, "Hi"), 403,
                "{'detail': 'Only clients can order a service.'}");
        assertAnswer(orderService(clientUser(), gig, "Hi"), 403,
                "{'detail': 'Set up your client profile before ordering a service.'}");

        Party buyer = clientWithProfile("Jane", "Smith");
        long inactive = createdGig(seller, with(gigExample(), "title", "Old", "is_active", false)).get("id").asLong();
        long deleted = gigOf(seller, "Gone");
        assertStatus(send("DELETE", SERVICES + deleted + "/", seller.caller(), null), 204);
        assertAnswer(orderService(buyer.caller(), inactive, "Hi"), 400, "{'service_id': ['No active service has this id.']}");
        assertAnswer(orderService(buyer.caller(), deleted, "Hi"), 400, "{'service_id': ['No active service has this id.']}");
        assertAnswer(orderService(buyer.caller(), 999_999_999_999L, "Hi"), 400, "{'service_id': ['No active service has this id.']}");
        assertAnswer(orderService(buyer.caller(), 0, "Hi"), 400, "{'service_id': ['No active service has this id.']}");
        assertThat(jdbc.queryForObject("select count(*) from marketplace.orders where client_user_id = ?", Integer.class,
                buyer.userId())).isZero();
    }

    @Test
    void badInputAnswersFieldErrors() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");

        assertAnswer(send("POST", SERVICE_ORDERS, buyer.caller(), body("message", "Hi")), 400,
                "{'service_id': ['This field is required.']}");
        assertAnswer(send("POST", SERVICE_ORDERS, buyer.caller(), body("service_id", "abc")), 400,
                "{'service_id': ['A valid integer is required.']}");
        assertAnswer(send("POST", SERVICE_ORDERS, buyer.caller(), body("service_id", 1.5, "message", 12)), 400,
                "{'service_id': ['A valid integer is required.'], 'message': ['Not a valid string.']}");
        assertAnswer(send("POST", SERVICE_ORDERS, buyer.caller(), body("service_id", gig, "message", "x".repeat(2001))), 400,
                "{'message': ['Ensure this field has no more than 2000 characters.']}");
        assertAnswer(send("POST", SERVICE_ORDERS, buyer.caller(), "[1]"), 400,
                "{'non_field_errors': ['Invalid data. Expected a dictionary, but got list.']}");
        assertStatus(send("POST", SERVICE_ORDERS, buyer.caller(), "{"), 400);
        assertAnswer(fetch(SERVICE_ORDERS + "abc/", buyer.caller()), 404, "{'detail': 'Not found.'}");
        assertAnswer(send("PATCH", SERVICE_ORDERS + "99999999999999999999/", seller.caller(), body("status", "accepted")), 404,
                "{'detail': 'Not found.'}");

        // the id as a string of digits is an id, and the message may be left out
        Response created = send("POST", SERVICE_ORDERS, buyer.caller(), body("service_id", Long.toString(gig)));
        assertStatus(created, 201);
        assertThat(created.json().get("message").asString()).isEmpty();
    }

    @Test
    void anOrderKeepsWhatItWasPlacedOn() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        long gig = gigOf(seller, "Logo");
        long id = placed(orderService(buyer.caller(), gig, "Hi"));

        patchGig(seller, gig, "title", "Renamed", "is_active", false);

        JsonNode order = fetch(SERVICE_ORDERS + id + "/", seller.caller()).json();
        assertThat(order.get("service").get("title").asString()).isEqualTo("Logo");
        assertStatus(changeStatus(SERVICE_ORDERS, id, seller.caller(), "accepted"), 200);
    }

    @Test
    void listsAreSixPerPageNewestFirstWithAbsoluteLinks() {
        Party seller = freelancerWithProfile("John", "Doe");
        Party buyer = clientWithProfile("Jane", "Smith");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(placed(orderService(buyer.caller(), gigOf(seller, "Gig " + i), "Order " + i)));
        }

        JsonNode first = fetch(SERVICE_ORDERS + "?ordering=-created_at&page=1", seller.caller()).json();
        assertThat(first.get("count").asInt()).isEqualTo(8);
        assertThat(first.get("results")).hasSize(6);
        assertThat(first.get("results").get(0).get("id").asLong()).isEqualTo(ids.get(7));
        assertThat(first.get("next").asString()).isEqualTo(
                "http://localhost:" + port + SERVICE_ORDERS + "?ordering=-created_at&page=2");
        assertThat(first.get("previous").isNull()).isTrue();

        JsonNode second = fetch(SERVICE_ORDERS + "?ordering=-created_at&page=2", buyer.caller()).json();
        assertThat(second.get("results")).hasSize(2);
        assertThat(second.get("results").get(1).get("id").asLong()).isEqualTo(ids.get(0));
        assertThat(second.get("previous").asString()).isEqualTo("http://localhost:" + port + SERVICE_ORDERS + "?ordering=-created_at");

        JsonNode oldest = fetch(SERVICE_ORDERS + "?ordering=created_at&page_size=3", buyer.caller()).json();
        assertThat(oldest.get("results")).extracting(item -> item.get("id").asLong()).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(fetch(SERVICE_ORDERS + "?ordering=price", buyer.caller()).json().get("results").get(0).get("id").asLong())
                .as("an unsupported ordering is ignored").isEqualTo(ids.get(7));
        assertAnswer(fetch(SERVICE_ORDERS + "?page=3", buyer.caller()), 404, "{'detail': 'Invalid page.'}");
    }

    @Test
    void aPageCostsOneStatementWhateverItsSize() {
        Party seller = freelancerWithProfile("John", "Doe");
        for (int i = 0; i < 7; i++) {
            placed(orderService(clientWithProfile("Jane", "Smith").caller(), gigOf(seller, "Gig " + i), "Hi"));
        }

        List<Executed> small = counted(() -> fetch(SERVICE_ORDERS + "?page_size=2", seller.caller()));
        List<Executed> large = counted(() -> fetch(SERVICE_ORDERS + "?page_size=100", seller.caller()));

        assertThat(small).as("%s", small).hasSize(1);
        assertThat(large).as("%s", large).hasSize(1);
    }

    private List<Executed> counted(Supplier<Response> request) {
        SqlStatementCounter.Recording recording = sqlStatements.record();
        Response response = request.get();
        recording.stop();
        assertStatus(response, 200);
        return recording.onServerThreads();
    }
}
