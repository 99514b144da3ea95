package com.skillconnect.identity.adapter.out.google;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param clientId  the OAuth client id that must be the ID token's audience; unset disables Google sign-in
 * @param jwkSetUri where Google publishes its signing keys
 * @param timeout   connect and read timeout for fetching the keys
 */
@ConfigurationProperties("skillconnect.google")
record GoogleProperties(String clientId,
        @DefaultValue("https://www.googleapis.com/oauth2/v3/certs") String jwkSetUri,
        @DefaultValue("5s") Duration timeout) {

    boolean configured() {
        return clientId != null && !clientId.isBlank();
    }
}
