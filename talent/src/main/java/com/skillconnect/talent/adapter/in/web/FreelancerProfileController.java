package com.skillconnect.talent.adapter.in.web;

import static com.skillconnect.kernel.spring.Callers.role;
import static com.skillconnect.kernel.spring.Callers.user;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.application.FreelancerProfiles;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerProfileView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * A freelancer's own profile, as the original's DRF view set: {@code POST /api/v1/profiles/freelancer/profile-setup/}
 * creates it (JSON or multipart), {@code GET …/profile-setup/} lists it (the caller's own, none or one),
 * {@code GET|PUT|PATCH …/profile-setup/me/} and {@code …/profile-setup/{id}/} read and change it. Only users
 * whose token says {@code FREELANCER} may use them; everything addresses the caller's own profile: another
 * profile's id is not found.
 */
@RestController
@RequestMapping(FreelancerProfileController.BASE)
class FreelancerProfileController {

    /** What a path id names, for the logs of a not-found id. */
    private static final String PROFILE = "profile";

    static final String BASE = "/api/v1/profiles/freelancer/profile-setup";
    private static final String ID = "/{id:[0-9]+}";

    private final FreelancerProfiles profiles;
    private final FreelancerFormReader reader;

    FreelancerProfileController(FreelancerProfiles profiles, FreelancerFormReader reader) {
        this.profiles = profiles;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @FreelancerProfileBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the caller's freelancer profile (JSON, or a multipart form with files)")
    FreelancerProfileView createFromForm(@AuthenticationPrincipal Jwt token, MultipartHttpServletRequest request) {
        return MediaUrls.absolute(profiles.create(user(token, UserId::new), role(token, Role::parse), reader.read(request)));
    }

    @PostMapping
    @FreelancerProfileBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the caller's freelancer profile (JSON, or a multipart form with files)")
    FreelancerProfileView create(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return MediaUrls.absolute(profiles.create(user(token, UserId::new), role(token, Role::parse), reader.read(body)));
    }

    @GetMapping
    @Operation(summary = "The caller's own profile as a list (none or one)")
    List<FreelancerProfileView> list(@AuthenticationPrincipal Jwt token) {
        return profiles.listMine(user(token, UserId::new), role(token, Role::parse)).stream().map(MediaUrls::absolute).toList();
    }

    @GetMapping("/me")
    FreelancerProfileView mine(@AuthenticationPrincipal Jwt token) {
        return MediaUrls.absolute(profiles.mine(user(token, UserId::new), role(token, Role::parse)));
    }

    @GetMapping(ID)
    @Operation(summary = "The caller's own profile by its id; another id is not found")
    FreelancerProfileView mine(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        FreelancerId profile = new FreelancerId(Callers.pathId(id, PROFILE));
        return MediaUrls.absolute(profiles.mine(user(token, UserId::new), role(token, Role::parse), profile));
    }

    @PutMapping(path = {"/me", ID}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @FreelancerProfileBody
    FreelancerProfileView replaceFromForm(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            MultipartHttpServletRequest request) {
        return update(token, id, reader.read(request), true);
    }

    @PutMapping(path = {"/me", ID})
    @FreelancerProfileBody
    FreelancerProfileView replace(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            @RequestBody JsonNode body) {
        return update(token, id, reader.read(body), true);
    }

    @PatchMapping(path = {"/me", ID}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @FreelancerProfileBody
    FreelancerProfileView patchFromForm(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            MultipartHttpServletRequest request) {
        return update(token, id, reader.read(request), false);
    }

    @PatchMapping(path = {"/me", ID})
    @FreelancerProfileBody
    FreelancerProfileView patch(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            @RequestBody JsonNode body) {
        return update(token, id, reader.read(body), false);
    }

    private FreelancerProfileView update(Jwt token, Optional<String> id, FreelancerForm form, boolean full) {
        Optional<FreelancerId> profile = id.map(digits -> new FreelancerId(Callers.pathId(digits, PROFILE)));
        return MediaUrls.absolute(profiles.update(user(token, UserId::new), role(token, Role::parse), profile, form, full));
    }
}
