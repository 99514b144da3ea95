package com.skillconnect.identity.adapter.out.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skillconnect.app.test.FakeGoogle;
import com.skillconnect.identity.domain.GoogleIdentities.GoogleIdentity;
import com.skillconnect.identity.domain.GoogleSignInUnavailable;
import com.skillconnect.identity.domain.InvalidGoogleToken;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Google adapter without Spring: unconfigured it refuses to verify (the API answers 503, as the
 * API tests show for an unreachable Google); configured, it checks tokens against the published keys.
 */
class NimbusGoogleIdentitiesTest {

    private final FakeGoogle google = FakeGoogle.shared();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void withoutAClientIdGoogleSignInIsUnavailable(String clientId) {
        NimbusGoogleIdentities identities = new NimbusGoogleIdentities(
                new GoogleProperties(clientId, google.jwkSetUri(), Duration.ofSeconds(1)));
        int before = google.keyRequests();

        assertThatThrownBy(() -> identities.verify(google.idToken("someone@example.com")))
                .isInstanceOf(GoogleSignInUnavailable.class)
                .hasMessage("Google sign-in is not configured on this server.");
        assertThat(google.keyRequests()).isEqualTo(before);
    }

    @Test
    void configuredItVouchesForAValidTokensEmailInLowerCase() {
        NimbusGoogleIdentities identities = new NimbusGoogleIdentities(
                new GoogleProperties(FakeGoogle.CLIENT_ID, google.jwkSetUri(), Duration.ofSeconds(1)));

        GoogleIdentity identity = identities.verify(google.sign(FakeGoogle.claims("Some.One@Example.COM").subject("g-42").build()));

        assertThat(identity.email().value()).isEqualTo("some.one@example.com");
        assertThat(identity.subject()).isEqualTo("g-42");
    }

    @Test
    void configuredForAnotherClientItRefusesTheToken() {
        NimbusGoogleIdentities identities = new NimbusGoogleIdentities(
                new GoogleProperties("another-client", google.jwkSetUri(), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> identities.verify(google.idToken("someone@example.com")))
                .isInstanceOf(InvalidGoogleToken.class);
    }

    @Test
    void anUnreachableKeyServerIsUnavailableNotInvalid() {
        NimbusGoogleIdentities identities = new NimbusGoogleIdentities(
                new GoogleProperties(FakeGoogle.CLIENT_ID, "http://127.0.0.1:9/certs", Duration.ofSeconds(1)));

        assertThatThrownBy(() -> identities.verify(google.idToken("someone@example.com")))
                .isInstanceOf(GoogleSignInUnavailable.class)
                .hasMessage("Google sign-in is unavailable right now. Please try again later.");
    }
}
