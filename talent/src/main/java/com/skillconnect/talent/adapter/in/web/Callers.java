package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from the access token that app's security has already checked. */
final class Callers {

    private Callers() {
    }

    static UserId user(Jwt token) {
        return new UserId(Long.parseLong(token.getSubject()));
    }

    /** A profile id from the path (digits only, as the mapping requires); one no profile can have is not found. */
    static long profileId(String digits) {
        if (digits.length() > 18 || Long.parseLong(digits) <= 0) {
            throw new NotFoundException("profile " + digits);
        }
        return Long.parseLong(digits);
    }

    /** The token's role, or null when it names none we know. */
    static Role role(Jwt token) {
        return Role.parse(token.getClaimAsString("role")).orElse(null);
    }
}
