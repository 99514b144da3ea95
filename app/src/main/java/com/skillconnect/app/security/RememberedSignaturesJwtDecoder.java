package com.skillconnect.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that checks a token's signature and parses its claims once, and validates it on every call.
 * The same token arrives with every request of a session; parsing its JSON and checking its HMAC again each time was
 * a measurable share of every authenticated request (docs/adr/0033-per-request-framework-cost.md). What is
 * remembered is only the outcome of a pure function of the token's bytes (a token signed by our key, parsed), keyed
 * by the whole token text; what depends on time or state — expiry, identity's refusal of tokens ended by a logout —
 * is the validators', run on every call exactly as before. A token that fails to parse or verify is not remembered.
 */
final class RememberedSignaturesJwtDecoder implements JwtDecoder {

    /** Signed tokens remembered at most: far more than the sessions one instance serves at once. */
    static final int MAX_TOKENS = 20_000;
    /** Access tokens live 60 minutes by default; a token unused this long is parsed again when it comes back. */
    static final Duration UNUSED_FOR = Duration.ofMinutes(10);

    private final JwtDecoder signatureAndParsing;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfterAccess(UNUSED_FOR)
            .executor(Runnable::run)
            .build();

    /**
     * @param signatureAndParsing checks the signature and parses the claims, validating nothing
     * @param validator every check of the claims, run on every call
     */
    RememberedSignaturesJwtDecoder(JwtDecoder signatureAndParsing, OAuth2TokenValidator<Jwt> validator) {
        this.signatureAndParsing = signatureAndParsing;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = token == null ? signatureAndParsing.decode(null) : verified.get(token, signatureAndParsing::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            // the message NimbusJwtDecoder gives for the same failure
            String message = result.getErrors().stream().map(OAuth2Error::getDescription)
                    .filter(description -> description != null && !description.isEmpty()).findFirst()
                    .map("An error occurred while attempting to decode the Jwt: %s"::formatted).orElse("Unable to validate Jwt");
            throw new JwtValidationException(message, result.getErrors());
        }
        return jwt;
    }

    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
