package com.skillconnect.marketplace.adapter.in.web;

import static com.skillconnect.kernel.spring.Callers.user;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.marketplace.ProposalId;
import com.skillconnect.marketplace.application.ProposalPosting;
import com.skillconnect.marketplace.domain.ProposalView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's own proposals: {@code POST|GET /proposals/}, {@code GET|PUT|PATCH|DELETE /proposals/{id}/}, JSON or a
 * form. PUT changes the fields sent, like PATCH (the
 * document's update example sends two). Another user's proposal, or a deleted one, is 404 {@code {"detail": "Not found."}}.
 */
@RestController
@RequestMapping(GigsApi.BASE + "/proposals")
class ProposalController {

    private static final String ID = "/{id:[0-9]+}";
    private static final String FORMS = MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String URLENCODED = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final ProposalPosting proposals;
    private final ListingFormReader reader;

    ProposalController(ProposalPosting proposals, JsonMapper json) {
        this.proposals = proposals;
        this.reader = new ListingFormReader(json, ListingWords.PROPOSAL_FIELDS);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a proposal (a client with a profile; JSON or a form)")
    ProposalView createFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return absolute(proposals.post(user(token, UserId::new), reader.fromJson(body)));
    }

    @PostMapping(consumes = {FORMS, URLENCODED})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a proposal (a client with a profile; JSON or a form)")
    ProposalView createFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return absolute(proposals.post(user(token, UserId::new), reader.fromForm(request)));
    }

    @GetMapping
    @Operation(summary = "The caller's own proposals, newest first (a plain array)")
    List<ProposalView> mine(@AuthenticationPrincipal Jwt token) {
        return proposals.mine(user(token, UserId::new)).stream().map(ProposalController::absolute).toList();
    }

    @GetMapping(ID)
    @Operation(summary = "One of the caller's own proposals; anyone else's is not found")
    ProposalView one(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return absolute(proposals.mine(user(token, UserId::new), proposalId(id)));
    }

    @PutMapping(path = ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the fields sent of one of the caller's own proposals")
    ProposalView replaceFromJson(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return absolute(proposals.revise(user(token, UserId::new), proposalId(id), reader.fromJson(body)));
    }

    @PutMapping(path = ID, consumes = {FORMS, URLENCODED})
    @Operation(summary = "Change the fields sent of one of the caller's own proposals")
    ProposalView replaceFromForm(@AuthenticationPrincipal Jwt token, @PathVariable String id, HttpServletRequest request) {
        return absolute(proposals.revise(user(token, UserId::new), proposalId(id), reader.fromForm(request)));
    }

    @PatchMapping(path = ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some fields of one of the caller's own proposals")
    ProposalView patchFromJson(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return replaceFromJson(token, id, body);
    }

    @PatchMapping(path = ID, consumes = {FORMS, URLENCODED})
    @Operation(summary = "Change some fields of one of the caller's own proposals")
    ProposalView patchFromForm(@AuthenticationPrincipal Jwt token, @PathVariable String id, HttpServletRequest request) {
        return replaceFromForm(token, id, request);
    }

    @DeleteMapping(ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's own proposals (hidden for good; its applications keep what they showed)")
    void delete(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        proposals.delete(user(token, UserId::new), proposalId(id));
    }

    private static ProposalId proposalId(String digits) {
        return new ProposalId(Callers.pathId(digits, "proposal"));
    }

    static ProposalView absolute(ProposalView view) {
        return view.withMedia(MediaUrls::absolute);
    }
}
