package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.adapter.in.web.ClientsApi.ClientProfile;
import com.skillconnect.talent.application.ClientProfiles;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.UploadedFile;
import jakarta.servlet.http.HttpServletRequest;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's own profile: {@code POST /client/profile-setup/} and {@code GET|PUT|PATCH /client/profile-setup/me/},
 * each taking JSON or a form ({@code multipart/form-data} with an optional {@code profile_picture} file,
 * or {@code application/x-www-form-urlencoded}).
 */
@RestController
@RequestMapping(ClientsApi.BASE + "/client/profile-setup")
class ClientProfileController {

    private final ClientProfiles profiles;
    private final ClientForm form;

    ClientProfileController(ClientProfiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.form = new ClientForm(json);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ClientProfile createFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.create(user(token), role(token), form.fromJson(body), null));
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    ClientProfile createFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return ClientProfile.of(profiles.create(user(token), role(token), draft(request), picture(request)));
    }

    @GetMapping("/me")
    ClientProfile mine(@AuthenticationPrincipal Jwt token) {
        return ClientProfile.of(profiles.mine(user(token)));
    }

    @PutMapping(path = "/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClientProfile replaceFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.replace(user(token), form.fromJson(body), null));
    }

    @PutMapping(path = "/me", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ClientProfile replaceFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return ClientProfile.of(profiles.replace(user(token), draft(request), picture(request)));
    }

    @PatchMapping(path = "/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClientProfile patchFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.patch(user(token), form.fromJson(body), null));
    }

    @PatchMapping(path = "/me", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ClientProfile patchFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return ClientProfile.of(profiles.patch(user(token), draft(request), picture(request)));
    }

    private ClientDraft draft(HttpServletRequest request) {
        return form.fromForm(request.getParameterMap());
    }

    private static UploadedFile picture(HttpServletRequest request) {
        return request instanceof MultipartHttpServletRequest multipart ? ClientForm.picture(multipart.getFile(ClientForm.PICTURE)) : null;
    }

    static UserId user(Jwt token) {
        return new UserId(Long.parseLong(token.getSubject()));
    }

    static Role role(Jwt token) {
        return Role.parse(token.getClaimAsString("role")).orElse(null);
    }
}
