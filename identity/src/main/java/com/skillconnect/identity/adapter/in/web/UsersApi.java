package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.application.AccountView;
import com.skillconnect.identity.application.AuthenticatedSession;

/** Request and response bodies of the Users API (snake_case on the wire). */
final class UsersApi {

    private UsersApi() {
    }

    record RegisterRequest(String email, String password, String role) {
    }

    record EmailOtpRequest(String email, String otp) {
    }

    record EmailRequest(String email) {
    }

    record LoginRequest(String email, String password) {
    }

    record UpdateRequest(Boolean firstLogin) {
    }

    record ResetPasswordRequest(String email, String otp, String newPassword) {
    }

    record GoogleRequest(String token, String role) {
    }

    record RefreshRequest(String refresh) {
    }

    record Message(String message) {
    }

    record Detail(String detail) {
    }

    record User(long id, String email, Role role, boolean firstLogin) {

        static User of(AccountView view) {
            return new User(view.id(), view.email(), view.role(), view.firstLogin());
        }
    }

    record Session(String refresh, String access, User user) {

        static Session of(AuthenticatedSession session) {
            return new Session(session.refresh(), session.access(), User.of(session.user()));
        }
    }

    record VerifiedSession(String message, String refresh, String access, User user) {

        static VerifiedSession of(AuthenticatedSession session) {
            return new VerifiedSession("Email verified successfully.", session.refresh(), session.access(),
                    User.of(session.user()));
        }
    }

    record NeedRole(boolean needRole) {
    }

    record TokenPair(String refresh, String access) {
    }

    record AccessToken(String access) {
    }
}
