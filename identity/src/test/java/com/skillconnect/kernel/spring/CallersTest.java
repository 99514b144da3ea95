package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as the token names it, and path ids no row can have answered as not found. */
class CallersTest {

    private static Jwt token(String role) {
        return Jwt.withTokenValue("t").header("alg", "none").subject("42").claim("role", role).build();
    }

    @Test
    void theUserIsTheTokensSubjectAndTheRoleItsClaim() {
        assertThat(Callers.user(token("CLIENT"), UserId::new)).isEqualTo(new UserId(42));
        assertThat(Callers.role(token("freelancer"), Role::parse)).isEqualTo(Role.FREELANCER);
        assertThat(Callers.role(token("admin"), Role::parse)).isNull();
    }

    @Test
    void pathIdsNoRowCanHaveAreNotFound() {
        assertThat(Callers.pathId("17", "gig")).isEqualTo(17L);
        assertThatThrownBy(() -> Callers.pathId("0", "gig")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Callers.pathId("1234567890123456789", "gig")).isInstanceOf(NotFoundException.class);
    }
}
