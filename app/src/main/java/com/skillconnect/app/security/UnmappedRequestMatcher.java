package com.skillconnect.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;

/**
 * Matches requests that no controller serves (unknown path, or known path with another method).
 * Security lets them through so that the dispatcher answers 404 or 405 as DRF does, instead of a
 * 401 that would hide whether the endpoint exists behind a login.
 */
class UnmappedRequestMatcher implements RequestMatcher {

    private final AbstractHandlerMethodMapping<?> controllers;

    UnmappedRequestMatcher(AbstractHandlerMethodMapping<?> controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) == null;
        } catch (Exception noMatchingMethodOrMediaType) {
            return true;
        }
    }
}
