package com.skillconnect.talent.adapter.in.web;

import static com.skillconnect.kernel.spring.Callers.role;
import static com.skillconnect.kernel.spring.Callers.user;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.adapter.in.web.ClientsApi.ClientProfile;
import com.skillconnect.talent.application.ClientProfiles;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.kernel.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's own profile, as the original's DRF view set: {@code POST /client/profile-setup/} creates it,
 * {@code GET /client/profile-setup/} lists it (the caller's own, none or one), {@code GET|PUT|PATCH
 * /client/profile-setup/me/} and {@code …/{id}/} read and change it; another profile's id is not found.
 * Each takes JSON or a form ({@code multipart/form-data} with an optional {@code profile_picture} file,
 * or {@code application/x-www-form-urlencoded}).
 */
@RestController
@RequestMapping(ClientsApi.BASE + "/client/profile-setup")
class ClientProfileController {

    /** What a path id names, for the logs of a not-found id. */
    private static final String PROFILE = "profile";

    private static final String ID = "/{id:[0-9]+}";

    private final ClientProfiles profiles;
    private final ClientForm form;

    ClientProfileController(ClientProfiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.form = new ClientForm(json);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientProfileBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the caller's client profile (JSON, or a form with an optional picture)")
    ClientProfile createFromJson(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.create(user(token, UserId::new), role(token, Role::parse), form.fromJson(body), null));
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @ClientProfileBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the caller's client profile (JSON, or a form with an optional picture)")
    ClientProfile createFromForm(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return ClientProfile.of(profiles.create(user(token, UserId::new), role(token, Role::parse), draft(request), picture(request)));
    }

    @GetMapping
    @Operation(summary = "The caller's own client profile as a list (none or one)")
    List<ClientProfile> list(@AuthenticationPrincipal Jwt token) {
        return profiles.listMine(user(token, UserId::new)).stream().map(ClientProfile::of).toList();
    }

    @GetMapping("/me")
    ClientProfile mine(@AuthenticationPrincipal Jwt token) {
        return ClientProfile.of(profiles.mine(user(token, UserId::new)));
    }

    @GetMapping(ID)
    @Operation(summary = "The caller's own client profile by its id; another id is not found")
    ClientProfile mine(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ClientProfile.of(profiles.mine(user(token, UserId::new), new ClientId(Callers.pathId(id, PROFILE))));
    }

    @PutMapping(path = {"/me", ID}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientProfileBody
    ClientProfile replaceFromJson(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.replace(user(token, UserId::new), clientId(id), form.fromJson(body), null));
    }

    @PutMapping(path = {"/me", ID}, consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @ClientProfileBody
    ClientProfile replaceFromForm(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            HttpServletRequest request) {
        return ClientProfile.of(profiles.replace(user(token, UserId::new), clientId(id), draft(request), picture(request)));
    }

    @PatchMapping(path = {"/me", ID}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientProfileBody
    ClientProfile patchFromJson(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            @RequestBody JsonNode body) {
        return ClientProfile.of(profiles.patch(user(token, UserId::new), clientId(id), form.fromJson(body), null));
    }

    @PatchMapping(path = {"/me", ID}, consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @ClientProfileBody
    ClientProfile patchFromForm(@AuthenticationPrincipal Jwt token, @PathVariable Optional<String> id,
            HttpServletRequest request) {
        return ClientProfile.of(profiles.patch(user(token, UserId::new), clientId(id), draft(request), picture(request)));
    }

    private ClientDraft draft(HttpServletRequest request) {
        return form.fromForm(request.getParameterMap());
    }

    private static Optional<ClientId> clientId(Optional<String> id) {
        return id.map(digits -> Callers.pathId(digits, PROFILE)).map(ClientId::new);
    }

    private static UploadedFile picture(HttpServletRequest request) {
        return request instanceof MultipartHttpServletRequest multipart ? ClientForm.picture(multipart.getFile(ClientForm.PICTURE)) : null;
    }
}
