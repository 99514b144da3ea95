package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.application.FreelancerProfiles;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerProfileView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * A freelancer's own profile: {@code POST /api/v1/profiles/freelancer/profile-setup/} creates it (JSON or
 * multipart), {@code GET|PUT|PATCH …/profile-setup/me/} read and change it. Only users whose token says
 * {@code FREELANCER} may use them; everything addresses the caller's own profile, so there is no
 * profile id a caller could aim at someone else's.
 */
@RestController
@RequestMapping(FreelancerProfileController.BASE)
class FreelancerProfileController {

    static final String BASE = "/api/v1/profiles/freelancer/profile-setup";
    static final String NOT_A_FREELANCER = "Only freelancers can set up a freelancer profile.";
    static final String PROFILE_NOT_FOUND = "Profile not found.";

    private final FreelancerProfiles profiles;
    private final FreelancerFormReader reader;

    FreelancerProfileController(FreelancerProfiles profiles, FreelancerFormReader reader) {
        this.profiles = profiles;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FreelancerProfileView createFromForm(@AuthenticationPrincipal Jwt token, MultipartHttpServletRequest request) {
        return profiles.create(freelancer(token), reader.read(request));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FreelancerProfileView create(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        UserId user = freelancer(token);
        return profiles.create(user, reader.read(body));
    }

    @GetMapping("/me")
    FreelancerProfileView mine(@AuthenticationPrincipal Jwt token) {
        return profiles.mine(freelancer(token)).orElseThrow(FreelancerProfileController::notFound);
    }

    @PutMapping(path = "/me", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FreelancerProfileView replaceFromForm(@AuthenticationPrincipal Jwt token, MultipartHttpServletRequest request) {
        return update(token, reader.read(request), true);
    }

    @PutMapping("/me")
    FreelancerProfileView replace(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return update(token, reader.read(body), true);
    }

    @PatchMapping(path = "/me", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FreelancerProfileView patchFromForm(@AuthenticationPrincipal Jwt token, MultipartHttpServletRequest request) {
        return update(token, reader.read(request), false);
    }

    @PatchMapping("/me")
    FreelancerProfileView patch(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return update(token, reader.read(body), false);
    }

    private FreelancerProfileView update(Jwt token, FreelancerForm form, boolean full) {
        return profiles.update(freelancer(token), form, full).orElseThrow(FreelancerProfileController::notFound);
    }

    /** The caller's user id, if the token is a freelancer's; 403 otherwise. */
    private static UserId freelancer(Jwt token) {
        if (Role.parse(token.getClaimAsString("role")).orElse(null) != Role.FREELANCER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_A_FREELANCER);
        }
        return new UserId(Long.parseLong(token.getSubject()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, PROFILE_NOT_FOUND);
    }
}
