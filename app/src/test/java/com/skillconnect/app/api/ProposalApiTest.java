package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Gigs API's proposals ("Proposal Endpoints" 3.1-3.4): a client with a profile posts proposals in JSON or as a
 * form, lists, reads, changes and deletes their own; every rule is a field error.
 */
class ProposalApiTest extends ListingApiSupport {

    @Test
    void theDocumentsExampleCreatesAProposalAnsweredAsTheDocumentShows() {
        Party client = clientWithProfile("Jane", "Smith");

        Response created = send("POST", PROPOSALS, client.caller(), proposalExample());

        assertStatus(created, 201);
        JsonNode proposal = created.json();
        assertThat(proposal.propertyNames()).containsExactlyInAnyOrder("id", "title", "description", "category",
                "required_skills", "skills_output", "budget_min", "budget_max", "timeline_days", "project_scope",
                "is_urgent", "client", "applied_freelancers", "selected_freelancer", "status", "is_active", "created_at",
                "updated_at");
        assertThat(proposal.get("title").asString()).isEqualTo("Landing Page Design Required");
        assertThat(proposal.get("category")).isEqualTo(json("{'id': 2, 'name': 'Web Development'}"));
        assertThat(names(proposal.get("required_skills"), "name")).containsExactly("UI/UX", "React");
        assertThat(proposal.get("skills_output")).isEqualTo(proposal.get("required_skills"));
        assertThat(proposal.get("budget_min").asInt()).isEqualTo(10000);
        assertThat(proposal.get("budget_max").asInt()).isEqualTo(30000);
        assertThat(proposal.get("timeline_days").asInt()).isEqualTo(7);
        assertThat(proposal.get("project_scope").asString()).isEqualTo("Single page app");
        assertThat(proposal.get("is_urgent").asBoolean()).isTrue();
        assertThat(proposal.get("applied_freelancers")).isEqualTo(json("[]"));
        assertThat(proposal.get("selected_freelancer").isNull()).isTrue();
        assertThat(proposal.get("status").asString()).isEqualTo("open");
        assertThat(proposal.get("is_active").asBoolean()).isTrue();
        JsonNode card = proposal.get("client");
        assertThat(card.get("id").asLong()).isEqualTo(client.profileId());
        assertThat(card.get("name").asString()).isEqualTo("Jane Smith");
        assertThat(card.has("company_name")).isTrue();
        assertThat(send("GET", PROPOSALS + proposal.get("id").asLong() + "/", client.caller(), null).json()).isEqualTo(proposal);
    }

    @Test
    void aFormPostsAProposalToo() {
        Party client = clientWithProfile("Jane", "Form");

        Response created = multipart("POST", PROPOSALS, client.caller(), new MultipartForm().field("title", "Logo")
                .field("description", "A logo for a bakery").field("category_id", "1").field("skills_input", "Illustrator, Figma")
                .field("budget_min", "500").field("budget_max", "500").field("timeline_days", "3").field("is_urgent", "false"));

        assertStatus(created, 201);
        assertThat(names(created.json().get("skills_output"), "name")).containsExactly("Illustrator", "Figma");
        assertThat(created.json().get("project_scope").asString()).isEmpty();
    }

    @Test
    void everyRuleIsAFieldError() {
        Party client = clientWithProfile("Jane", "Rules");

        assertAnswer(send("POST", PROPOSALS, client.caller(), with(proposalExample(), "budget_min", 0, "budget_max", -5,
                "timeline_days", 0, "title", "")), 400, """
                {'title': ['This field may not be blank.'],
                 'budget_min': ['Ensure this value is greater than or equal to 0.01.'],
                 'budget_max': ['Ensure this value is greater than or equal to 0.01.'],
                 'timeline_days': ['Ensure this value is greater than or equal to 1.']}""");
        assertAnswer(send("POST", PROPOSALS, client.caller(), with(proposalExample(), "budget_min", 500, "budget_max", 100)),
                400, "{'budget_max': ['Ensure budget_max is greater than or equal to budget_min (500).']}");
        assertAnswer(send("POST", PROPOSALS, client.caller(), Map.of()), 400, """
                {'title': ['This field is required.'], 'description': ['This field is required.'],
                 'category_id': ['This field is required.'], 'budget_min': ['This field is required.'],
                 'budget_max': ['This field is required.'], 'timeline_days': ['This field is required.']}""");
        assertAnswer(send("POST", PROPOSALS, client.caller(), with(proposalExample(), "skills_input", Map.of("name", "React"))), 400,
                "{'skills_input': ['Invalid skills format.']}");
        assertAnswer(send("POST", PROPOSALS, client.caller(), with(proposalExample(), "skills_input", true)), 400,
                "{'skills_input': ['Invalid skills format.']}");
        assertAnswer(send("POST", PROPOSALS, client.caller(), with(proposalExample(), "category_id", 0)), 400,
                "{'category_id': ['Ensure this value is greater than or equal to 1.']}");
        assertThat(fetch(PROPOSALS, client.caller()).json()).isEmpty();
    }

    @Test
    void onlyAClientWithAProfilePostsProposals() {
        Party freelancer = freelancerWithProfile("John", "Doe");

        assertAnswer(send("POST", PROPOSALS, freelancer.caller(), proposalExample()), 403,
                "{'detail': 'Only clients with a profile can create proposals.'}");
        assertStatus(send("POST", PROPOSALS, clientUser(), proposalExample()), 403);
        assertStatus(send("POST", PROPOSALS, null, proposalExample()), 401);
    }

    @Test
    void theOwnListAndChangesAndDeletion() {
        Party client = clientWithProfile("Jane", "Owner");
        Party other = clientWithProfile("Other", "Client");
        long first = createdProposal(client, proposalExample()).get("id").asLong();
        long second = createdProposal(client, with(proposalExample(), "title", "Second")).get("id").asLong();
        createdProposal(other, proposalExample());

        assertThat(names(fetch(PROPOSALS, client.caller()).json(), "id")).containsExactly(Long.toString(second), Long.toString(first));

        Response put = send("PUT", PROPOSALS + first + "/", client.caller(), Map.of("budget_max", 50000,
                "skills_input", List.of(Map.of("name", "Vue"))));
        assertStatus(put, 200);
        assertThat(put.json().get("budget_max").asInt()).isEqualTo(50000);
        assertThat(names(put.json().get("required_skills"), "name")).containsExactly("Vue");
        Map<String, Object> before = proposalRow(first);
        assertAnswer(send("PATCH", PROPOSALS + first + "/", client.caller(), Map.of("budget_min", 60000)), 400,
                "{'budget_max': ['Ensure budget_max is greater than or equal to budget_min (60000).']}");
        assertThat(proposalRow(first)).isEqualTo(before);
        Response patch = send("PATCH", PROPOSALS + first + "/", client.caller(), Map.of("is_urgent", false, "status", "completed"));
        assertStatus(patch, 200);
        assertThat(patch.json().get("is_urgent").asBoolean()).isFalse();
        assertThat(patch.json().get("status").asString()).as("status is the orders' to change").isEqualTo("open");

        assertStatus(send("DELETE", PROPOSALS + first + "/", client.caller(), null), 204);
        assertAnswer(fetch(PROPOSALS + first + "/", client.caller()), 404, "{'detail': 'Not found.'}");
        assertThat(names(fetch(PROPOSALS, client.caller()).json(), "id")).containsExactly(Long.toString(second));
        assertThat(proposalRow(first).get("deleted_at")).isNotNull();
        assertThat(proposalRow(first).get("is_active")).isEqualTo(false);
    }

    @Test
    void aSelectedFreelancerIsAnsweredAsACard() {
        Party client = clientWithProfile("Jane", "Selects");
        Party freelancer = freelancerWithProfile("Sel", "Ected");
        long id = createdProposal(client, proposalExample()).get("id").asLong();
        // the orders' award (an accepted application) sets these columns
        jdbc.update("update marketplace.proposal set status = 'in_progress', selected_freelancer_id = ? where id = ?",
                freelancer.profileId(), id);

        JsonNode proposal = fetch(PROPOSALS + id + "/", client.caller()).json();

        assertThat(proposal.get("status").asString()).isEqualTo("in_progress");
        assertThat(proposal.get("selected_freelancer").get("id").asLong()).isEqualTo(freelancer.profileId());
        assertThat(proposal.get("selected_freelancer").get("name").asString()).isEqualTo("Sel Ected");
    }
}
