package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.UserId;
import com.skillconnect.identity.adapter.in.web.UsersApi.Detail;
import com.skillconnect.identity.adapter.in.web.UsersApi.EmailOtpRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.EmailRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.GoogleRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.LoginRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.Message;
import com.skillconnect.identity.adapter.in.web.UsersApi.NeedRole;
import com.skillconnect.identity.adapter.in.web.UsersApi.RefreshRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.RegisterRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.ResetPasswordRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.Session;
import com.skillconnect.identity.adapter.in.web.UsersApi.UpdateRequest;
import com.skillconnect.identity.adapter.in.web.UsersApi.User;
import com.skillconnect.identity.adapter.in.web.UsersApi.VerifiedSession;
import com.skillconnect.identity.application.AccountProfile;
import com.skillconnect.identity.application.Authentication;
import com.skillconnect.identity.application.GoogleSignIn;
import com.skillconnect.identity.application.PasswordReset;
import com.skillconnect.identity.application.Registration;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Users API. Served under the documented {@code /api/v1/users} and under {@code /api/v1/auth/users},
 * where the existing frontend calls it. Paths are mapped without their trailing slash; {@code app}
 * serves both forms.
 */
@RestController
@RequestMapping({UsersController.DOCUMENTED_BASE, UsersController.FRONTEND_BASE})
class UsersController {

    static final String DOCUMENTED_BASE = "/api/v1/users";
    static final String FRONTEND_BASE = "/api/v1/auth/users";

    private final Registration registration;
    private final Authentication authentication;
    private final PasswordReset passwordReset;
    private final GoogleSignIn googleSignIn;
    private final AccountProfile profile;

    UsersController(Registration registration, Authentication authentication, PasswordReset passwordReset,
            GoogleSignIn googleSignIn, AccountProfile profile) {
        this.registration = registration;
        this.authentication = authentication;
        this.passwordReset = passwordReset;
        this.googleSignIn = googleSignIn;
        this.profile = profile;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Message register(@RequestBody RegisterRequest request, HttpServletRequest http) {
        registration.register(request.email(), request.password(), request.role(), http.getRemoteAddr());
        return new Message("OTP sent to your email. Please verify to complete registration.");
    }

    @PostMapping("/verify-otp")
    VerifiedSession verifyOtp(@RequestBody EmailOtpRequest request) {
        return VerifiedSession.of(registration.verify(request.email(), request.otp()));
    }

    @PostMapping("/resend-otp")
    Message resendOtp(@RequestBody EmailRequest request, HttpServletRequest http) {
        registration.resendCode(request.email(), http.getRemoteAddr());
        return new Message("New OTP sent to your email.");
    }

    @PostMapping("/login")
    Session login(@RequestBody LoginRequest request, HttpServletRequest http) {
        return Session.of(authentication.logIn(request.email(), request.password(), http.getRemoteAddr()));
    }

    @PostMapping("/logout")
    Detail logout(@RequestBody RefreshRequest request) {
        authentication.logOut(request.refresh());
        return new Detail("Successfully logged out.");
    }

    @GetMapping("/profile")
    User profile(@AuthenticationPrincipal Jwt token) {
        return User.of(profile.view(userId(token)));
    }

    @RequestMapping(path = "/update", method = {RequestMethod.PUT, RequestMethod.PATCH})
    User update(@AuthenticationPrincipal Jwt token, @RequestBody UpdateRequest request) {
        return User.of(profile.update(userId(token), request.firstLogin()));
    }

    @PostMapping("/forgot-password/request")
    Detail requestPasswordReset(@RequestBody EmailRequest request, HttpServletRequest http) {
        passwordReset.requestCode(request.email(), http.getRemoteAddr());
        return new Detail("OTP sent to email");
    }

    @PostMapping("/forgot-password/verify")
    Detail verifyPasswordReset(@RequestBody EmailOtpRequest request) {
        passwordReset.verifyCode(request.email(), request.otp());
        return new Detail("OTP is valid");
    }

    @PostMapping("/forgot-password/reset")
    Detail resetPassword(@RequestBody ResetPasswordRequest request) {
        passwordReset.resetPassword(request.email(), request.otp(), request.newPassword());
        return new Detail("Password reset successfully");
    }

    @PostMapping("/google")
    Object google(@RequestBody GoogleRequest request) {
        GoogleSignIn.Result result = googleSignIn.signIn(request.token(), request.role());
        return result.needsRole() ? new NeedRole(true) : Session.of(result.session());
    }

    static UserId userId(Jwt token) {
        return new UserId(Long.parseLong(token.getSubject()));
    }
}
