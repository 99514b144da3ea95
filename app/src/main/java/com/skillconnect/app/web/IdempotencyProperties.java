package com.skillconnect.app.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code Idempotency-Key} mechanism (ADR 31).
 *
 * @param retention       how long a key and the answer it remembers are kept: a repeat after that runs afresh
 * @param inFlightTimeout how long a request that holds a key may run before a repeat may take the key over (only a
 *                        server that died mid-request leaves a key held that long)
 * @param maxKeyLength    the longest key accepted; longer is answered 400
 */
@ConfigurationProperties("skillconnect.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("2m") Duration inFlightTimeout,
        @DefaultValue("255") int maxKeyLength) {

    IdempotencyProperties {
        if (maxKeyLength < 1 || maxKeyLength > IdempotencyKeys.KEY_COLUMN_LENGTH) {
            throw new IllegalArgumentException("skillconnect.idempotency.max-key-length is 1 to "
                    + IdempotencyKeys.KEY_COLUMN_LENGTH);
        }
    }
}
