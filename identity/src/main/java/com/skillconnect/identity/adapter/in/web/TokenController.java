package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.adapter.in.web.UsersApi.AccessToken;
import com.skillconnect.identity.adapter.in.web.UsersApi.LoginRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.RefreshRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.TokenPair;
import com.skillconnect.identity.application.AuthenticatedSession;
import com.skillconnect.identity.application.Authentication;
import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The simplejwt-style token endpoints the frontend uses: obtain a pair, refresh the access token. */
@RestController
@RequestMapping("/api/v1/auth/token")
class TokenController {

    static final String NO_ACTIVE_ACCOUNT = "No active account found with the given credentials";

    private final Authentication authentication;

    TokenController(Authentication authentication) {
        this.authentication = authentication;
    }

    @PostMapping
    TokenPair obtain(@RequestBody LoginRequest request, HttpServletRequest http) {
        AuthenticatedSession session;
        try {
            session = authentication.logIn(request.email(), request.password(), http.getRemoteAddr());
        } catch (RuleViolationException e) {
            // simplejwt answers a refused login (wrong password, unverified e-mail) with 401
            if (e.violations().stream().map(Violation::code).anyMatch(
                    code -> code.equals(IdentityCode.INVALID_CREDENTIALS) || code.equals(IdentityCode.NOT_VERIFIED))) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, NO_ACTIVE_ACCOUNT);
            }
            throw e;
        }
        return new TokenPair(session.refresh(), session.access());
    }

    @PostMapping("/refresh")
    AccessToken refresh(@RequestBody RefreshRequest request) {
        if (request.refresh() == null || request.refresh().isBlank()) {
            throw new RuleViolationException(Violation.of("refresh", IdentityCode.REQUIRED));
        }
        return new AccessToken(authentication.refreshAccess(request.refresh()));
    }

}
