package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.NotFoundException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the access token that app's security has already checked, and the ids a
 * web adapter reads from its paths: for every module's controllers. The kernel may not know identity's
 * types (identity uses the kernel), so the caller names them:
 * <pre>{@code
 * UserId me = Callers.user(token, UserId::new);
 * Role role = Callers.role(token, Role::parse);          // null when the token names no known role
 * GigId gig = new GigId(Callers.pathId(digits, "gig")); // 404 for an id no row can have
 * }</pre>
 */
public final class Callers {

    private Callers() {
    }

    /** The calling user's id: the token's subject (a user id, as identity issues it), as the module's id type. */
    public static <U> U user(Jwt token, LongFunction<U> id) {
        return id.apply(Long.parseLong(token.getSubject()));
    }

    /** The token's {@code role} claim read by {@code parse} (identity's {@code Role::parse}), or null when it names none known. */
    public static <R> R role(Jwt token, Function<String, Optional<R>> parse) {
        return parse.apply(token.getClaimAsString("role")).orElse(null);
    }

    /**
     * An id from the path (digits only, as the mapping requires, e.g. {@code {id:\\d+}}); one no row can have
     * (0, or more than 18 digits) is a {@link NotFoundException} ({@code what + " " + digits} in the logs).
     */
    public static long pathId(String digits, String what) {
        if (digits.length() > 18 || Long.parseLong(digits) <= 0) {
            throw new NotFoundException(what + " " + digits);
        }
        return Long.parseLong(digits);
    }
}
