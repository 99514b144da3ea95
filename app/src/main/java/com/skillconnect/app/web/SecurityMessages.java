package com.skillconnect.app.web;

/** The messages DRF answers for authentication and permission failures. */
public final class SecurityMessages {

    public static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    public static final String INVALID_TOKEN = "Given token not valid for any token type";
    public static final String PERMISSION_DENIED = "You do not have permission to perform this action.";

    private SecurityMessages() {
    }
}
