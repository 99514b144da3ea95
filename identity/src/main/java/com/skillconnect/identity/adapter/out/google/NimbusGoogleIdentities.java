package com.skillconnect.identity.adapter.out.google;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.GoogleIdentities;
import com.skillconnect.identity.domain.GoogleSignInUnavailable;
import com.skillconnect.identity.domain.InvalidGoogleToken;
import java.util.List;
import java.util.Set;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Checks an ID token the way Google documents: RS256 signature by one of the keys at
 * {@code skillconnect.google.jwk-set-uri} (fetched over HTTP and cached), {@code iss} one of Google's
 * two issuers, {@code aud} our client id, not expired, and {@code email_verified} true.
 */
@Component
class NimbusGoogleIdentities implements GoogleIdentities {

    static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");

    private final GoogleProperties properties;
    private final NimbusJwtDecoder decoder;

    NimbusGoogleIdentities(GoogleProperties properties) {
        this.properties = properties;
        this.decoder = properties.configured() ? decoder(properties) : null;
    }

    @Override
    public GoogleIdentity verify(String idToken) {
        if (decoder == null) {
            throw new GoogleSignInUnavailable("Google sign-in is not configured on this server.", null);
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(idToken);
        } catch (BadJwtException invalid) {
            throw new InvalidGoogleToken(invalid.getMessage());
        } catch (JwtException unreachable) {
            throw new GoogleSignInUnavailable("Google sign-in is unavailable right now. Please try again later.", unreachable);
        }
        String email = EmailAddress.normalise(jwt.getClaimAsString("email"));
        if (!EmailAddress.isValid(email)) {
            throw new InvalidGoogleToken("the token carries no valid e-mail");
        }
        return new GoogleIdentity(jwt.getSubject(), new EmailAddress(email));
    }

    private static NimbusJwtDecoder decoder(GoogleProperties properties) {
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(properties.timeout());
        http.setReadTimeout(properties.timeout());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(http))
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                new JwtTimestampValidator(),
                new JwtClaimValidator<Object>("iss", iss -> iss != null && ISSUERS.contains(iss.toString())),
                audienceIs(properties.clientId()),
                new JwtClaimValidator<Object>("email_verified", verified -> "true".equals(String.valueOf(verified))));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> audienceIs(String clientId) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null));
    }
}
