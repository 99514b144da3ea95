package com.skillconnect.app.api;

import java.util.stream.Stream;

/**
 * Where a Users API action is called: under the documented prefix or the one the frontend uses,
 * with or without the trailing slash. API tests run once for each of the four forms.
 */
public record UsersApiPath(String prefix, boolean trailingSlash) {

    public static final String DOCUMENTED = "/api/v1/users/";
    public static final String FRONTEND = "/api/v1/auth/users/";

    /** The four forms, for {@code @MethodSource}. */
    public static Stream<UsersApiPath> all() {
        return Stream.of(new UsersApiPath(DOCUMENTED, true), new UsersApiPath(FRONTEND, true),
                new UsersApiPath(DOCUMENTED, false), new UsersApiPath(FRONTEND, false));
    }

    /** The path of an action, e.g. {@code of("forgot-password/reset")}. */
    public String of(String action) {
        return prefix + action + (trailingSlash ? "/" : "");
    }

    @Override
    public String toString() {
        return prefix + "…" + (trailingSlash ? "/" : " (no trailing slash)");
    }
}
