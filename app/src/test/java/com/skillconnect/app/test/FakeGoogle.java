package com.skillconnect.app.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Google's side of sign-in, for the whole test JVM: a WireMock server publishing a JWK set at
 * {@value #JWKS_PATH}, and the RSA key pair whose private half signs the ID tokens the tests present.
 */
public final class FakeGoogle {

    public static final String CLIENT_ID = "skillconnect-test.apps.googleusercontent.com";
    public static final String ISSUER = "https://accounts.google.com";
    static final String JWKS_PATH = "/oauth2/v3/certs";

    private static final FakeGoogle SHARED = new FakeGoogle();

    private final WireMockServer server;
    private final RSAKey signingKey;

    private FakeGoogle() {
        signingKey = newKey("google-test-key-1");
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        publishKeys();
    }

    public static FakeGoogle shared() {
        return SHARED;
    }

    public String jwkSetUri() {
        return server.baseUrl() + JWKS_PATH;
    }

    /** Serves the JWK set with the public half of the signing key (the normal state). */
    public void publishKeys() {
        server.resetAll();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(signingKey.toPublicJWK()).toString())));
    }

    /** Google's key endpoint answers with this HTTP status. */
    public void failKeysWith(int status) {
        server.resetAll();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(status).withBody("backend error")));
    }

    /** Google's key endpoint answers, but only after the delay. */
    public void delayKeys(Duration delay) {
        server.resetAll();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(signingKey.toPublicJWK()).toString())
                .withFixedDelay((int) delay.toMillis())));
    }

    public int keyRequests() {
        return server.findAll(getRequestedFor(urlEqualTo(JWKS_PATH))).size();
    }

    /** The claims of a valid ID token for the address. */
    public static JWTClaimsSet.Builder claims(String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject("google-" + UUID.randomUUID())
                .claim("email", email)
                .claim("email_verified", true)
                .claim("azp", CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    /** A valid ID token for the address, signed with the published key. */
    public String idToken(String email) {
        return sign(claims(email).build());
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, signingKey);
    }

    public static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kid of the published key, for tests that forge a token under the same kid with another key. */
    public String publishedKeyId() {
        return signingKey.getKeyID();
    }
}
