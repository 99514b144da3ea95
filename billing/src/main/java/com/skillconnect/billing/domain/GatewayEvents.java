package com.skillconnect.billing.domain;

import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The payment gateway's webhook deliveries received, by the gateway's event id: each is handled once however often
 * the gateway delivers it (it retries until it gets a 2xx, and may deliver twice), and what it did is kept.
 */
@SecondaryPort
public interface GatewayEvents {

    /** The longest event id kept. */
    int MAX_EVENT_ID = 100;

    /**
     * Claims the event for this delivery, in the caller's transaction; a concurrent delivery of the same event waits
     * until this one's transaction ends.
     *
     * @return true the first time, false when the event was received before (nothing to do)
     */
    boolean claim(String eventId, String type, Instant receivedAt);

    /** Records what the claimed event did ({@code completed}, {@code failed}, {@code ignored: …}). */
    void handled(String eventId, String outcome);
}
