package com.skillconnect.marketplace.adapter.in.web;

import static com.skillconnect.kernel.spring.Callers.user;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.application.GigPosting;
import com.skillconnect.marketplace.domain.GigView;
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
 * A freelancer's own gigs (the API's services): {@code POST|GET /services/}, {@code GET|PUT|PATCH|DELETE
 * /services/{id}/}, JSON or a form with an optional {@code image}. PUT changes the fields sent, like PATCH (the
 * document's update example sends two). Another user's gig, or a deleted one, is 404 {@code {"detail": "Not found."}}.
 */
@RestController
@RequestMapping(GigsApi.BASE + "/services")
class GigController {

    private static final String ID = "/{id:[0-9]+}";
    private static final String FORMS = MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String URLENCODED = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final GigPosting gigs;
    private final ListingFormReader reader;

    GigController(GigPosting gigs, JsonMapper json) {
        this.gigs = gigs;
        this.reader = new ListingFormReader(json, ListingWords.GIG_FIELDS);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer a gig (a freelancer with a profile; JSON, or a form with an optional image)")
    GigView createFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return absolute(gigs.offer(user(token, UserId::new), reader.fromJson(body), null));
    }

    @PostMapping(consumes = {FORMS, URLENCODED})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer a gig (a freelancer with a profile; JSON, or a form with an optional image)")
    GigView createFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return absolute(gigs.offer(user(token, UserId::new), reader.fromForm(request), ListingFormReader.image(request)));
    }

    @GetMapping
    @Operation(summary = "The caller's own gigs, newest first (a plain array)")
    List<GigView> mine(@AuthenticationPrincipal Jwt token) {
        return gigs.mine(user(token, UserId::new)).stream().map(GigController::absolute).toList();
    }

    @GetMapping(ID)
    @Operation(summary = "One of the caller's own gigs; anyone else's is not found")
    GigView one(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return absolute(gigs.mine(user(token, UserId::new), gigId(id)));
    }

    @PutMapping(path = ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the fields sent of one of the caller's own gigs")
    GigView replaceFromJson(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return absolute(gigs.revise(user(token, UserId::new), gigId(id), reader.fromJson(body), null));
    }

    @PutMapping(path = ID, consumes = {FORMS, URLENCODED})
    @Operation(summary = "Change the fields sent of one of the caller's own gigs")
    GigView replaceFromForm(@AuthenticationPrincipal Jwt token, @PathVariable String id, HttpServletRequest request) {
        return absolute(gigs.revise(user(token, UserId::new), gigId(id), reader.fromForm(request), ListingFormReader.image(request)));
    }

    @PatchMapping(path = ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some fields of one of the caller's own gigs")
    GigView patchFromJson(@AuthenticationPrincipal Jwt token, @PathVariable String id, @RequestBody JsonNode body) {
        return replaceFromJson(token, id, body);
    }

    @PatchMapping(path = ID, consumes = {FORMS, URLENCODED})
    @Operation(summary = "Change some fields of one of the caller's own gigs")
    GigView patchFromForm(@AuthenticationPrincipal Jwt token, @PathVariable String id, HttpServletRequest request) {
        return replaceFromForm(token, id, request);
    }

    @DeleteMapping(ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's own gigs (hidden for good; its orders keep what they showed)")
    void delete(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        gigs.delete(user(token, UserId::new), gigId(id));
    }

    private static GigId gigId(String digits) {
        return new GigId(Callers.pathId(digits, "gig"));
    }

    static GigView absolute(GigView view) {
        return view.withMedia(MediaUrls::absolute);
    }
}
