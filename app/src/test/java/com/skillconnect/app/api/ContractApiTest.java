package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contracts over HTTP (issue 12, COMPATIBILITY "Contracts and payments"): created by a party of an accepted order,
 * listed newest first per order, accepted or rejected only by the party who did not create it, edited only by its
 * creator before acceptance, its work moved only by the freelancer after acceptance, never re-linked to another order.
 */
class ContractApiTest extends BillingApiSupport {

    @Test
    void theFreelancersScreenCreatesAContractAndBothPartiesReadIt() {
        Chat chat = billableOrder("Logo");

        Response created = createContract(chat.freelancer(), frontendContract(chat.orderId(), "20000"));

        assertStatus(created, 201);
        JsonNode contract = created.json();
        assertThat(contract.propertyNames()).containsExactlyInAnyOrder("id", "amount", "deadline", "terms", "milestones",
                "status", "workflow_status", "service_order", "proposal_order", "order_type", "order_id", "created_by",
                "created_at", "updated_at");
        assertThat(decimal(contract.get("amount"))).isEqualByComparingTo("20000");
        assertThat(contract.get("amount").isNumber()).isTrue();
        assertThat(contract.get("deadline").asString()).isEqualTo(inDays(30));
        assertThat(contract.get("terms").asString()).isEqualTo("50% upfront");
        assertThat(contract.get("milestones").asString()).isEqualTo("Design, build");
        assertThat(contract.get("status").asString()).isEqualTo("pending");
        assertThat(contract.get("workflow_status").asString()).isEqualTo("planning");
        assertThat(contract.get("service_order").asLong()).isEqualTo(chat.orderId());
        assertThat(contract.get("proposal_order").isNull()).isTrue();
        assertThat(contract.get("created_by").asLong()).isEqualTo(chat.freelancer().userId());
        assertThat(contract.get("created_at").asString()).endsWith("Z");

        for (Party party : java.util.List.of(chat.client(), chat.freelancer())) {
            Response list = fetch(CONTRACTS + "?order_type=service&order_id=" + chat.orderId(), party.caller());
            assertStatus(list, 200);
            assertThat(list.json().isArray()).isTrue();
            assertThat(list.json().get(0)).isEqualTo(contract);
            assertThat(fetch(CONTRACTS + contract.get("id").asLong() + "/", party.caller()).json()).isEqualTo(contract);
            assertThat(fetch(CONTRACTS, party.caller()).json().get(0)).isEqualTo(contract);
        }
        assertThat(fetch(CONTRACTS + "?order_type=proposal&order_id=" + chat.orderId(), chat.client().caller()).json())
                .as("the order is a service order").isEmpty();
    }

    @Test
    void theDocumentsExampleStartsPendingAtPlanning() {
        Chat chat = billableOrder("Website");

        Response created = createContract(chat.client(), body("order_type", "service", "order_id", chat.orderId(),
                "amount", 20000, "deadline", inDays(10), "terms", "100% upon completion"));

        assertStatus(created, 201);
        assertThat(created.json().get("status").asString()).isEqualTo("pending");
        assertThat(created.json().get("workflow_status").asString()).isEqualTo("planning");
        assertThat(created.json().get("milestones").asString()).isEmpty();
        assertThat(created.json().get("service_order").asLong()).isEqualTo(chat.orderId());
    }

    @Test
    void refusedInputAnswersTheIssuesWords() {
        Chat chat = billableOrder("Brochure");
        Map<String, Object> good = frontendContract(chat.orderId(), "20000");

        assertAnswer(createContract(chat.freelancer(), with(good, "order_type", "serviceorder")), 400,
                "{'order_type': [\"Must be 'service' or 'proposal'.\"]}");
        assertAnswer(createContract(chat.freelancer(), with(good, "amount", "0")), 400,
                "{'amount': ['Amount must be greater than zero.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "amount", -5)), 400,
                "{'amount': ['Amount must be greater than zero.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "amount", "a lot")), 400,
                "{'amount': ['A valid number is required.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "deadline", inDays(-1))), 400,
                "{'deadline': ['Deadline cannot be in the past.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "deadline", "tomorrow")), 400,
                "{'deadline': ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "status", "accepted")), 400,
                "{'status': [\"A new contract's status must be 'draft' or 'pending'.\"]}");
        assertAnswer(createContract(chat.freelancer(), with(good, "status", "signed")), 400,
                "{'status': ['\"signed\" is not a valid choice.']}");
        assertAnswer(createContract(chat.freelancer(), with(good, "workflow_status", "in-progress")), 400,
                "{'workflow_status': [\"A new contract's workflow_status must be 'planning'.\"]}");
        assertAnswer(createContract(chat.freelancer(), body()), 400, """
                {'order_type': ['This field is required.'], 'order_id': ['This field is required.'],
                 'amount': ['This field is required.'], 'deadline': ['This field is required.']}""");
        assertAnswer(createContract(chat.freelancer(), with(good, "order_id", chat.orderId() + 1_000_000)), 400,
                "{'order_id': ['No accepted order of yours has this id.']}");
        assertThat(jdbc.queryForObject("select count(*) from billing.contract where order_id = ?", Integer.class,
                chat.orderId())).isZero();

        assertStatus(createContract(chat.freelancer(), good), 201);
        assertAnswer(createContract(chat.client(), good), 400,
                "{'order_id': ['This order already has a contract (draft, pending or accepted).']}");
    }

    @Test
    void aPendingOrderGetsNoContract() {
        Party client = clientWithProfile("Jane", "Smith");
        Party freelancer = freelancerWithProfile("John", "Doe");
        long order = placed(orderService(client.caller(), gigOf(freelancer, "Pending"), "Hi"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from billing.order_ref where order_id = ?", Integer.class, order) == 1);

        assertAnswer(createContract(client, frontendContract(order, "100")), 400,
                "{'order_id': ['No accepted order of yours has this id.']}");
    }

    @Test
    void aBadOrderTypeInTheListIsA400NotAll() {
        Chat chat = billableOrder("List");
        contractOf(chat, chat.freelancer(), "500");

        assertAnswer(fetch(CONTRACTS + "?order_type=serviceorder&order_id=" + chat.orderId(), chat.client().caller()),
                400, "{'order_type': [\"Must be 'service' or 'proposal'.\"]}");
        assertAnswer(fetch(CONTRACTS + "?order_type=service&order_id=ten", chat.client().caller()), 400,
                "{'order_id': ['A valid integer is required.']}");
    }

    @Test
    void theClientsScreenAcceptsByPatchAndTheOrderIsNeverRelinked() {
        Chat chat = billableOrder("Accept");
        Chat other = billableOrder("Other");
        long id = contractOf(chat, chat.freelancer(), "20000").get("id").asLong();

        assertAnswer(patchContract(id, chat.freelancer(), "status", "accepted"), 400,
                "{'status': ['Only the party who did not create this contract can accept it.']}");
        Response accepted = patchContract(id, chat.client(), "status", "accepted", "order_type", "proposal",
                "order_id", other.orderId());

        assertStatus(accepted, 200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("service_order").asLong()).isEqualTo(chat.orderId());
        assertThat(accepted.json().get("proposal_order").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select order_id from billing.contract where id = ?", Long.class, id))
                .isEqualTo(chat.orderId());
        assertAnswer(patchContract(id, chat.client(), "status", "rejected"), 400,
                "{'status': ['This contract is accepted: its status can no longer change.']}");
        assertAnswer(patchContract(id, chat.freelancer(), "amount", 1), 400,
                "{'amount': ['This contract is accepted: its amount, deadline, terms and milestones can no longer change.']}");
    }

    @Test
    void theFreelancerMovesTheWorkAfterAcceptanceOnly() {
        Chat chat = billableOrder("Work");
        long id = contractOf(chat, chat.client(), "20000").get("id").asLong();

        assertAnswer(patchContract(id, chat.freelancer(), "workflow_status", "in-progress"), 400,
                "{'workflow_status': ['The work can move only once the contract is accepted.']}");
        assertStatus(send("POST", CONTRACTS + id + "/accept/", chat.freelancer().caller(), null), 200);
        for (String step : java.util.List.of("advance", "draft", "submitted", "in-progress", "milestone-1", "revision",
                "final-review", "completed", "revision")) {
            Response moved = patchContract(id, chat.freelancer(), "workflow_status", step);
            assertStatus(moved, 200);
            assertThat(moved.json().get("workflow_status").asString()).isEqualTo(step);
        }
        assertAnswer(patchContract(id, chat.client(), "workflow_status", "completed"), 400,
                "{'workflow_status': [\"Only the contract's freelancer can change its workflow_status.\"]}");
        assertAnswer(patchContract(id, chat.freelancer(), "workflow_status", "paid"), 400,
                "{'workflow_status': ['A contract is paid only when verified payments cover its amount.']}");
        assertAnswer(patchContract(id, chat.freelancer(), "workflow_status", "in_progress"), 400,
                "{'workflow_status': ['\"in_progress\" is not a valid choice.']}");
        assertThat(fetch(CONTRACTS + id + "/", chat.client().caller()).json().get("workflow_status").asString())
                .isEqualTo("revision");
    }

    @Test
    void theCreatorEditsAnOpenContractAndProposesADraft() {
        Chat chat = billableOrder("Edit");
        Map<String, Object> draft = with(frontendContract(chat.orderId(), "1000"), "status", "draft");
        long id = createContract(chat.freelancer(), draft).json().get("id").asLong();

        assertAnswer(patchContract(id, chat.client(), "status", "accepted"), 400,
                "{'status': [\"A draft contract must be proposed (status 'pending') before it can be accepted or rejected.\"]}");
        assertAnswer(patchContract(id, chat.client(), "terms", "mine"), 400,
                "{'terms': ['Only the party who created this contract can change its amount, deadline, terms or milestones.']}");
        Response edited = patchContract(id, chat.freelancer(), "amount", "1500.50", "terms", "all at the end",
                "status", "pending");
        assertStatus(edited, 200);
        assertThat(decimal(edited.json().get("amount"))).isEqualByComparingTo("1500.50");
        assertThat(edited.json().get("terms").asString()).isEqualTo("all at the end");
        assertThat(edited.json().get("milestones").asString()).isEqualTo("Design, build");
        assertThat(edited.json().get("status").asString()).isEqualTo("pending");
        assertAnswer(patchContract(id, chat.freelancer(), "deadline", inDays(-2)), 400,
                "{'deadline': ['Deadline cannot be in the past.']}");
        assertAnswer(patchContract(id, chat.freelancer(), "status", "draft"), 400,
                "{'status': ['A pending contract cannot go back to draft.']}");
    }

    @Test
    void theActionsAcceptAndRejectAndARejectedContractFreesTheOrder() {
        Chat chat = billableOrder("Actions");
        long first = contractOf(chat, chat.client(), "700").get("id").asLong();

        assertAnswer(send("POST", CONTRACTS + first + "/reject/", chat.client().caller(), null), 400,
                "{'status': ['Only the party who did not create this contract can reject it.']}");
        Response rejected = send("POST", CONTRACTS + first + "/reject/", chat.freelancer().caller(), null);
        assertStatus(rejected, 200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertAnswer(send("POST", CONTRACTS + first + "/accept/", chat.freelancer().caller(), null), 400,
                "{'status': ['This contract is rejected: its status can no longer change.']}");

        clock.advance(java.time.Duration.ofSeconds(5));
        long second = contractOf(chat, chat.client(), "800").get("id").asLong();
        Response accepted = send("POST", CONTRACTS + second + "/accept/", chat.freelancer().caller(), null);
        assertStatus(accepted, 200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(fetch(CONTRACTS + "?order_type=service&order_id=" + chat.orderId(), chat.freelancer().caller()).json()
                .valueStream().map(contract -> contract.get("id").asLong()).toList())
                .as("newest first").containsExactly(second, first);
    }

    @Test
    void activeContractsAndUniqueFreelancersAsTheDashboardsReadThem() {
        Party client = clientWithProfile("Asha", "Rao");
        Party john = freelancerWithProfile("John", "Doe");
        Party mira = freelancerWithProfile("Mira", "Sen");
        Chat one = acceptedServiceOrder(client, john, "Logo design");
        Chat two = acceptedServiceOrder(client, john, "Banner design");
        Chat three = acceptedServiceOrder(client, mira, "App design");
        awaitBilling(one.orderId(), client, john, mira);
        awaitBilling(two.orderId());
        awaitBilling(three.orderId());
        long first = acceptedContract(one, "20000");
        assertStatus(patchContract(first, john, "workflow_status", "in-progress"), 200);
        acceptedContract(two, "5000.50");
        contractOf(three, mira, "900"); // pending: not active

        Response active = fetch(CONTRACTS + "active/", client.caller());
        assertStatus(active, 200);
        assertThat(active.json()).hasSize(2);
        JsonNode item = active.json().valueStream().filter(c -> c.get("id").asLong() == first).findFirst().orElseThrow();
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "title", "freelancer", "client", "category",
                "status", "deadline", "progress", "amount");
        assertThat(item.get("title").asString()).isEqualTo("Logo design");
        assertThat(item.get("freelancer").asString()).isEqualTo("John Doe");
        assertThat(item.get("client").asString()).isEqualTo("Asha Rao");
        assertThat(item.get("status").asString()).isEqualTo("in-progress");
        assertThat(item.get("progress").asDouble()).isEqualTo(50.0);
        assertThat(item.get("amount").isNumber()).isTrue();
        assertThat(decimal(item.get("amount"))).isEqualByComparingTo("20000");
        assertThat(item.get("deadline").asString()).isEqualTo(inDays(30));
        assertThat(fetch(CONTRACTS + "active/", john.caller()).json()).hasSize(2);
        assertThat(fetch(CONTRACTS + "active/", mira.caller()).json()).isEmpty();

        assertAnswer(fetch(CONTRACTS + "unique_freelancers/", client.caller()), 200,
                "{'count': 1, 'freelancers': [{'id': " + john.profileId() + ", 'name': 'John Doe'}]}");
        assertStatus(send("POST", CONTRACTS + fetch(CONTRACTS + "?order_type=service&order_id=" + three.orderId(),
                client.caller()).json().get(0).get("id").asLong() + "/accept/", client.caller(), null), 200);
        assertAnswer(fetch(CONTRACTS + "unique_freelancers/", client.caller()), 200,
                "{'count': 2, 'freelancers': [{'id': " + john.profileId() + ", 'name': 'John Doe'}, {'id': "
                        + mira.profileId() + ", 'name': 'Mira Sen'}]}");
        assertAnswer(fetch(CONTRACTS + "unique_freelancers/", john.caller()), 200, "{'count': 0, 'freelancers': []}");
    }

    @Test
    void twoContractsForOneOrderAtTheSameInstantLeaveOneAndAnEmptyPatchChangesNothing() {
        Chat chat = billableOrder("Race");

        List<Response> answers = together(List.of(
                () -> createContract(chat.client(), frontendContract(chat.orderId(), "100")),
                () -> createContract(chat.freelancer(), frontendContract(chat.orderId(), "200"))));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 400);
        Response refused = answers.stream().filter(answer -> answer.status() == 400).findFirst().orElseThrow();
        assertThat(refused.json()).isEqualTo(json(
                "{'order_id': ['This order already has a contract (draft, pending or accepted).']}"));
        long id = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow().json().get("id").asLong();
        Map<String, Object> row = jdbc.queryForMap("select * from billing.contract where id = ?", id);
        Response unchanged = send("PATCH", CONTRACTS + id + "/", chat.client().caller(), body("order_id", 1, "note", "x"));
        assertStatus(unchanged, 200);
        assertThat(jdbc.queryForMap("select * from billing.contract where id = ?", id)).isEqualTo(row);
    }
}
